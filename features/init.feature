@design:gherkin-bridge
Feature: init writes a config for the repository it runs in

  Background:
    Given a file "docs/design/export/export.md" containing:
      """
      # Feature design for DEMO-1: Export

      ## Requirements

      - **R1:** `GET /export` downloads the conversation as Markdown.

      ## Acceptance test surface

      | Req | Observable behavior | Verified by |
      |-----|---------------------|-------------|
      | R1  | The download is Markdown | e2e |
      """
    And a file "docs/design/quota/quota.md" containing:
      """
      # Feature design for DEMO-2: Quota

      ## Requirements

      - **R1:** A caller over quota gets 429.
      """
    And a file "tests/e2e/features/export.feature" containing:
      """
      @cfg_default
      Feature: Export

        Scenario: Download a conversation as Markdown
          When I access endpoint "export" using HTTP GET method
          Then the body is Markdown
      """
    And a file "tests/e2e/test_list.txt" containing:
      """
      features/export.feature
      """

  @R27
  Scenario: init detects designs, features, the runner list and the levels, and prints the next three commands
    When I run "gherkin-bridge init"
    Then the exit code is 0
    And stdout contains "Wrote gherkin-bridge.config.json:"
    And stdout contains:
      """
      Next, run:
        gherkin-bridge link
        gherkin-bridge link --write
        gherkin-bridge coverage
      """
    And the JSON file "gherkin-bridge.config.json" at "designs" is "[\"docs/design/**/*.md\", \"!**/*-spike.md\"]"
    And the JSON file "gherkin-bridge.config.json" at "features" is "[\"tests/e2e/features/**/*.feature\"]"
    And the JSON file "gherkin-bridge.config.json" at "runnerList" is "\"tests/e2e/test_list.txt\""
    And the JSON file "gherkin-bridge.config.json" at "levels" is "[\"e2e\"]"
    And the file "gherkin-bridge.config.json" contains "\"//\": ["
    And the file "gherkin-bridge.config.json" contains "runnerList: tests/e2e/test_list.txt names 1 of the 1 feature file"
    When I run "gherkin-bridge coverage --format json"
    Then the JSON output at "summary.designs" is "2"
    And the JSON output at "summary.expected" is "1"
    And the JSON output at "levels" is "[\"e2e\"]"

  @R27
  Scenario: init never overwrites an existing config
    Given a file "gherkin-bridge.config.json" containing:
      """
      { "levels": ["e2e"] }
      """
    And I remember the bytes of "gherkin-bridge.config.json"
    When I run "gherkin-bridge init"
    Then the exit code is 1
    And stderr contains "gherkin-bridge.config.json already exists; init never overwrites a config."
    And the file "gherkin-bridge.config.json" is unchanged

  @R27
  Scenario: init --dry-run prints the config and writes nothing
    When I run "gherkin-bridge init --dry-run"
    Then the exit code is 0
    And stdout contains "Would write gherkin-bridge.config.json:"
    And stdout contains "\"runnerList\": \"tests/e2e/test_list.txt\""
    And the file "gherkin-bridge.config.json" does not exist

  @R53
  Scenario: init writes a config that names its JSON schema, which the config then passes
    When I run "gherkin-bridge init"
    Then the exit code is 0
    And the file "gherkin-bridge.config.json" contains "\"$schema\": \"https://unpkg.com/gherkin-bridge/schema/config.schema.json\""
    When I run "gherkin-bridge coverage --format json"
    Then stderr has no stack trace
    And the JSON output at "summary.designs" is "2"

  @R27 @R24 @R25
  Scenario: From an untagged suite to a tagged, checked one: init, link --write, coverage
    Given a file "tests/e2e/features/quota.feature" containing:
      """
      Feature: Quota

        Scenario: A caller over quota gets 429
          Given I sent more requests than my quota allows
          When I send one more
          Then the status code of the response is 429
      """
    And a file "tests/e2e/test_list.txt" containing:
      """
      features/export.feature
      features/quota.feature
      """
    When I run "gherkin-bridge init"
    Then the exit code is 0
    When I run "gherkin-bridge coverage"
    Then the exit code is 1
    When I run "gherkin-bridge link --write"
    Then the exit code is 0
    And the file "tests/e2e/features/export.feature" contains "@cfg_default @design:export"
    And the file "tests/e2e/features/quota.feature" contains "@design:quota"
    When I run "gherkin-bridge coverage --format json"
    Then the exit code is 0
    And the JSON output at "summary.covered" is "1"
    And the JSON output at "summary.expected" is "1"
