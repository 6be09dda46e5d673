@design:gherkin-bridge
Feature: The e2e-kickoff ticket

  @R20
  Scenario: The ticket lists one checklist item per e2e row and the commands that verify it
    Given a file "docs/design/pay/pay.md" containing:
      """
      # Feature design for PAY-9: Payments

      | | |
      |---|---|
      | **Feature** | [PAY-9](https://example.invalid/PAY-9) |

      ## Requirements

      - **R1:** Pay.
      - **R2:** Refund.
      - **R3:** Receipt.

      ## Acceptance test surface

      | Req | Observable behavior | Verified by |
      |-----|---------------------|-------------|
      | R1, R2 | Paying and refunding work | e2e |
      | R3  | Receipts are stored | unit |
      """
    And a file "tests/e2e/features/other.feature" containing:
      """
      Feature: Other
        Scenario: x
          Given y
      """
    When I run "gherkin-bridge kickoff docs/design/pay/pay.md --runner-list tests/e2e/test_list.txt"
    Then the exit code is 0
    And stdout contains "# E2E kickoff for PAY-9: Payments"
    And stdout contains "- [ ] **R1**, **R2**: Paying and refunding work"
    And stdout contains "tests/e2e/features/pay.feature"
    And stdout does not contain "Receipts are stored"
    And stdout contains "behave --dry-run tests/e2e/features/pay.feature"
    And stdout contains "tests/e2e/test_list.txt"
