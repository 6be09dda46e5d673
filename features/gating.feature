@design:gherkin-bridge
Feature: Gating policy

  Background:
    Given a file "docs/design/pay/pay.md" containing:
      """
      # Payments

      ## Requirements

      - **R1:** Pay.
      - **R2:** Refund.
      - **R3:** Receipt.

      ## Acceptance test surface

      | Req | Observable behavior | Verified by |
      |-----|---------------------|-------------|
      | R1  | Paying works | e2e |
      | R2  | Refunding works | e2e |
      | R3  | Receipts are stored | e2e |
      """
    And a file "features/pay.feature" containing:
      """
      @design:pay
      Feature: Payments

        @R1 @R2
        Scenario: Pay and refund
          Given a card

        Scenario: Not traced yet
          Given nothing
      """

  @R19
  Scenario: Coverage below the minimum fails and says by how much
    When I run "gherkin-bridge coverage --fail-on none --min-coverage 80"
    Then the exit code is 1
    And stderr contains "coverage 66.6% is below the minimum 80% by 13.4 points"
    When I run "gherkin-bridge coverage --fail-on none --min-coverage 60"
    Then the exit code is 0

  @R19
  Scenario: The config file sets a per-design minimum and the severity of each kind
    Given a file "gherkin-bridge.config.json" containing:
      """
      {
        "minCoverageByDesign": { "pay": 90 },
        "severity": { "uncovered": "warning", "untraced": "error" }
      }
      """
    When I run "gherkin-bridge coverage"
    Then the exit code is 1
    And stdout contains "warning [uncovered]"
    And stdout contains "error [untraced]"
    And stderr contains "coverage of pay 66.6% is below its minimum 90% by 23.4 points"
    And stderr contains "1 untraced finding"
    Given a file "gherkin-bridge.config.json" containing:
      """
      { "severity": { "uncovered": "off", "untraced": "warning" } }
      """
    When I run "gherkin-bridge coverage"
    Then the exit code is 0
    And stdout does not contain "[uncovered]"
    When I run "gherkin-bridge coverage --fail-on untraced"
    Then the exit code is 1
