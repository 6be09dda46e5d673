@design:gherkin-bridge
Feature: Exit codes

  Background:
    Given a file "docs/design/pay/pay.md" containing:
      """
      # Payments

      ## Requirements

      - **R1:** Pay.

      ## Acceptance test surface

      | Req | Observable behavior | Verified by |
      |-----|---------------------|-------------|
      | R1  | Paying works | e2e |
      """

  @R9
  Scenario: Clean is 0, a fail-on finding is 1, and none never fails
    When I run "gherkin-bridge coverage"
    Then the exit code is 1
    And stdout contains "[uncovered]"
    When I run "gherkin-bridge coverage --fail-on none"
    Then the exit code is 0
    When I run "gherkin-bridge coverage --fail-on untraced"
    Then the exit code is 0
    Given a file "features/pay.feature" containing:
      """
      @design:pay
      Feature: Payments

        @R1
        Scenario: Pay
          Given a card
      """
    When I run "gherkin-bridge coverage"
    Then the exit code is 0

  @R9
  Scenario: Usage errors are 2 with a one-line message
    When I run "gherkin-bridge coverage --format yaml"
    Then the exit code is 2
    And stderr contains "Unknown format \"yaml\""
    When I run "gherkin-bridge coverage --no-such-flag"
    Then the exit code is 2
    And stderr contains "unknown option"
    When I run "gherkin-bridge coverage --fail-on bananas"
    Then the exit code is 2
    And stderr contains "--fail-on must be one of"
    And stderr has no stack trace
