@design:gherkin-bridge
Feature: Write safety: no lost update, no clobbered input, nothing hidden in the output

  Runs of gherkin-bridge meet other writers, protected files, reports named
  after their own inputs and file names built to fool a terminal.

  Background:
    Given a file "docs/design/pay/pay.md" containing:
      """
      # Payments

      ## Requirements

      - **R1:** Pay by card.
      - **R2:** Refund a payment.

      ## Acceptance test surface

      | Req | Observable behavior | Verified by |
      |-----|---------------------|-------------|
      | R1  | A card payment succeeds | e2e |
      | R2  | A refund appears on the statement | e2e |
      """
    And a file "features/pay.feature" containing:
      """
      @design:pay
      Feature: Payments

        @R1
        Scenario: Pay by card
          Given a card
      """

  @R55
  Scenario: Two syncs started at once add each scenario once
    When I run "gherkin-bridge sync --no-cache" 2 times at once
    Then every run exited 0 or 1 with at most one line on stderr
    And the file "features/pay.feature" contains "@R2 " exactly once
    And the file ".gherkin-bridge.lock" does not exist

  @R56
  Scenario: sync refuses a read-only feature file and leaves it as it was
    Given the file "features/pay.feature" is read-only
    And I remember the bytes of "features/pay.feature"
    When I run "gherkin-bridge sync --no-cache"
    Then the exit code is 2
    And stderr contains "it is read-only (no write permission bit)"
    And the file "features/pay.feature" is unchanged

  @R57
  Scenario: A report never replaces an input, nor lands outside without --allow-outside
    Given I remember the bytes of "docs/design/pay/pay.md"
    When I run "gherkin-bridge coverage --no-cache --report json=docs/design/pay/pay.md"
    Then the exit code is 2
    And stderr contains "Refusing --report docs/design/pay/pay.md: it is an input of this run"
    And the file "docs/design/pay/pay.md" is unchanged
    When I run "gherkin-bridge coverage --no-cache --report html=../report.html"
    Then the exit code is 2
    And stderr contains "outside the working directory"
    And the file "../report.html" does not exist

  @R58
  Scenario: A working directory that does not exist is a usage error
    When I run "gherkin-bridge --cwd missing coverage --min-coverage 100"
    Then the exit code is 2
    And stderr contains "--cwd missing: no such directory"
    And stdout does not contain "100%"
    When I run "gherkin-bridge --cwd missing/x init"
    Then the exit code is 2
    And the file "missing" does not exist

  @R59
  Scenario: A file name with a newline cannot start a line of the text report
    Given a feature file for "pay" named "features/x", a newline, then "::error file=a::owned.feature"
    When I run "gherkin-bridge coverage --no-cache"
    Then no line of stdout starts with "::error"
    And stdout contains "features/x\n::error file=a::owned.feature"
