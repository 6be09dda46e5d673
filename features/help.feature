@design:gherkin-bridge
Feature: Help that teaches, and usage errors that name what was typed

  @R54
  Scenario: Every command's help shows the global options, examples and the exit codes
    When I run "gherkin-bridge coverage --help"
    Then the exit code is 0
    And stdout contains "Global Options:"
    And stdout contains "-C, --cwd <dir>"
    And stdout contains "Examples:"
    And stdout contains "$ gherkin-bridge coverage --min-coverage 80"
    And stdout contains "Exit codes:"
    And stdout contains "2  usage or configuration error"
    When I run "gherkin-bridge help sync"
    Then the exit code is 0
    And stdout contains "$ gherkin-bridge sync --check"
    And stdout contains "Global Options:"

  @R54
  Scenario: No arguments at all prints the help on stderr and exits 2
    When I run "gherkin-bridge"
    Then the exit code is 2
    And stderr contains "Usage: gherkin-bridge [options] [command]"
    And stderr contains "Exit codes:"

  @R54
  Scenario: A flag error names the flag as typed, on one line
    When I run "gherkin-bridge coverage --min-coverage abc"
    Then the exit code is 2
    And stderr contains "--min-coverage must be number"
    And stderr is one line
    When I run "gherkin-bridge coverage --min-covrage 80"
    Then the exit code is 2
    And stderr contains "unknown option '--min-covrage' (did you mean --min-coverage?)"
    And stderr is one line
    And stderr has no stack trace
