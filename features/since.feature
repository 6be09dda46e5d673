@design:gherkin-bridge
Feature: Judge only what a pull request changed

  coverage --since <git-ref> keeps the findings about surface rows added,
  changed or removed since the ref (the design is compared with itself at the
  ref, through git) and about feature files changed since it.

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
      """
    And a file "features/pay.feature" containing:
      """
      @design:pay
      Feature: Payments

        @R1
        Scenario: Pay
          Given a card

        Scenario: Untraced, left from before
          Given x
      """

  @R15
  Scenario: A row added since the ref is judged; findings older than the change are not
    Given the folder is a git repository with everything committed
    And a file "docs/design/pay/pay.md" containing:
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
      | R3  | Receipts are e-mailed | e2e |
      """
    And everything is committed
    When I run "gherkin-bridge coverage"
    Then stdout contains "docs/design/pay/pay.md:14: error [uncovered] Requirement R2"
    And stdout contains "features/pay.feature:8: warning [untraced]"
    When I run "gherkin-bridge coverage --since HEAD~1 --format json"
    Then the exit code is 1
    And the JSON output has 1 findings of kind "uncovered"
    And the JSON output has a finding "uncovered" at "docs/design/pay/pay.md:15"
    And the JSON output has 0 findings of kind "untraced"
    When I run "gherkin-bridge coverage --since HEAD"
    Then the exit code is 0

  @R15
  Scenario: A feature file changed since the ref is judged
    Given the folder is a git repository with everything committed
    And a file "features/refund.feature" containing:
      """
      @design:pay
      Feature: Refunds

        @R2 @R7
        Scenario: Refund
          Given a paid order
      """
    When I run "gherkin-bridge coverage --since main --format json"
    Then the exit code is 1
    And the JSON output has a finding "orphaned" at "features/refund.feature:4"
    And the JSON output has 0 findings of kind "untraced"
    And the JSON output has 0 findings of kind "uncovered"

  @R15
  Scenario: An unknown ref is a usage error
    Given the folder is a git repository with everything committed
    When I run "gherkin-bridge coverage --since no-such-branch"
    Then the exit code is 2
    And stderr contains "--since no-such-branch: unknown git ref"
    And stderr has no stack trace

  @R15
  Scenario: Outside a git repository --since is a usage error
    When I run "gherkin-bridge coverage --since HEAD"
    Then the exit code is 2
    And stderr contains "is not inside a git repository"
    And stderr has no stack trace
