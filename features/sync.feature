@design:gherkin-bridge
Feature: Sync feature files with a changing design

  sync adds a generated scenario for every expected requirement that has none,
  and never changes a byte that is already there.

  Background:
    Given a file "docs/design/pay/pay.md" containing:
      """
      # Feature design for PAY-1: Payments

      ## Requirements

      - **R1:** Pay.
      - **R2:** Refund.
      - **R3:** Receipt.
      - **R4:** Rounding.

      ## Acceptance test surface

      | Req | Observable behavior | Verified by |
      |-----|---------------------|-------------|
      | R1  | Paying works | e2e |
      | R2  | Refunding works | e2e |
      | R3  | Receipts are e-mailed | e2e |
      | R4  | Totals round half to even | unit |
      """

  @R11
  Scenario: Missing scenarios go to the design's only linked feature file
    Given a file "tests/e2e/features/payments.feature" containing:
      """
      @design:pay
      Feature: Payments

        @R1
        Scenario: Pay by card
          Given a card
      """
    When I run "gherkin-bridge sync"
    Then the exit code is 0
    And stdout contains "add to tests/e2e/features/payments.feature: scenarios for R2, R3"
    And the file "tests/e2e/features/payments.feature" contains "  @R2 @skip"
    And the file "tests/e2e/features/payments.feature" contains "  @R3 @skip"
    And the file "tests/e2e/features/payments.feature" does not contain "@R4"
    When I run "gherkin-bridge coverage --format json"
    Then the exit code is 0
    And the JSON output has 0 findings of kind "uncovered"

  @R11
  Scenario: A design linked from no file gets a new file where the feature files are
    Given a file "tests/e2e/features/other.feature" containing:
      """
      Feature: Something else
        Scenario: s
          Given x
      """
    When I run "gherkin-bridge sync"
    Then the exit code is 0
    And stdout contains "create tests/e2e/features/pay.feature: scenarios for R1, R2, R3"
    And the file "tests/e2e/features/pay.feature" parses as Gherkin with 3 scenarios
    And the file "tests/e2e/features/pay.feature" contains "Design doc: docs/design/pay/pay.md"

  @R11
  Scenario: Of several linked files, the one with most of the design's scenarios receives them, unless --into names one
    Given a file "features/a.feature" containing:
      """
      @design:pay
      Feature: A

        @R1
        Scenario: One
          Given x
      """
    And a file "features/b.feature" containing:
      """
      Feature: B

        @design:pay @R1
        Scenario: Two
          Given x

        @design:pay
        Scenario: Three
          Given x
      """
    When I run "gherkin-bridge sync --check"
    Then the exit code is 1
    And stdout contains "would add to features/b.feature: scenarios for R2, R3"
    When I run "gherkin-bridge sync --into pay=features/a.feature"
    Then the exit code is 0
    And stdout contains "add to features/a.feature: scenarios for R2, R3"

  @R11 @R12
  Scenario: Awkward formatting survives byte for byte
    Given a file "features/pay.feature" with CRLF line endings and no final newline containing:
      """
      # Hand-written; keep this comment.
      @design:pay
      Feature: Payments
         A description, oddly indented.

        @R1
        Scenario Outline: Pay in <currency>
            Given an order in <currency>

      # a comment between scenarios

          Examples:
            | currency |
            | EUR      |

        Rule: Refunds
          Scenario: Untraced refund
            Given a refund
      """
    And I remember the bytes of "features/pay.feature"
    When I run "gherkin-bridge sync"
    Then the exit code is 0
    And the file "features/pay.feature" still starts with the remembered bytes
    And the file "features/pay.feature" parses as Gherkin with 4 scenarios
    And every line break in "features/pay.feature" is CRLF
    And the file "features/pay.feature" contains "Rule: Scenarios added by gherkin-bridge sync"
    When I run "gherkin-bridge coverage --format json"
    Then the JSON output has 0 findings of kind "uncovered"

  @R12
  Scenario: A second run changes nothing and exits 0
    When I run "gherkin-bridge sync"
    And I remember the bytes of "features/pay.feature"
    And I run "gherkin-bridge sync"
    Then the exit code is 0
    And stdout contains "nothing to do"
    And the file "features/pay.feature" is unchanged

  @R12
  Scenario: --check prints the planned change as a unified diff, writes nothing and exits 1
    Given a file "features/pay.feature" containing:
      """
      @design:pay
      Feature: Payments

        @R1 @R2
        Scenario: Pay and refund
          Given a card
      """
    And I remember the bytes of "features/pay.feature"
    When I run "gherkin-bridge sync --check"
    Then the exit code is 1
    And stdout contains:
      """
      would add to features/pay.feature: scenarios for R3
      --- a/features/pay.feature
      +++ b/features/pay.feature
      """
    And stdout contains "+  # gherkin-bridge: design=pay row=R3 behavior="
    And the file "features/pay.feature" is unchanged

  @R12
  Scenario: A file that does not parse is never touched; what it names waits for it, the rest is added
    Given a file "features/payments.feature" containing:
      """
      @design:pay
      Feature: Payments
        @R1
        Scenario: Pay
          Given a card
      this line is not Gherkin
      """
    And I remember the bytes of "features/payments.feature"
    When I run "gherkin-bridge sync"
    Then the exit code is 1
    And stderr contains "features/payments.feature:6: error [parse-error]"
    And stderr contains "the scenarios for R1, which it names, wait until it is fixed"
    And stdout contains "create features/pay.feature: scenarios for R2, R3"
    And the file "features/payments.feature" is unchanged
    And the file "features/pay.feature" contains "@R2" exactly once
    And the file "features/pay.feature" contains "@R3" exactly once
    And stdout does not contain "row=R1"

  @R11
  Scenario: Scenarios whose requirement was removed are reported as orphaned and kept
    Given a file "features/pay.feature" containing:
      """
      @design:pay
      Feature: Payments

        @R1 @R2 @R3
        Scenario: Everything
          Given a card

        @R9
        Scenario: A requirement the design dropped
          Given something
      """
    And I remember the bytes of "features/pay.feature"
    When I run "gherkin-bridge sync"
    Then the exit code is 0
    And stdout contains "features/pay.feature:8: error [orphaned] Unexpected tag @R9"
    And stdout contains "sync never deletes a scenario"
    And the file "features/pay.feature" is unchanged
