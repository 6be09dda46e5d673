@design:gherkin-bridge
Feature: Stale scenarios

  A generated scenario records the surface row it came from and a fingerprint
  of the row's behavior in comment lines, which behave and cucumber-js ignore.

  Background:
    Given a file "docs/design/pay/pay.md" containing:
      """
      # Payments

      ## Requirements

      - **R1:** Pay.
      - **R2:** Refund.

      ## Acceptance test surface

      | Req | Observable behavior | Verified by |
      |-----|---------------------|-------------|
      | R1  | Paying by card works | e2e |
      | R2  | Refunding works | e2e |
      """
    And a file "features/pay.feature" containing:
      """
      @design:pay
      Feature: Payments

        # gherkin-bridge: design=pay row=R1 behavior=fa050af9fde4
        # behavior: Paying by card works
        @R1
        Scenario: A customer pays with a card, renamed by hand
          Given a customer with a card
          When she pays
          Then the order is paid

        # gherkin-bridge: design=pay row=R2 behavior=2a17cddeaa47
        # behavior: Refunding works
        @R2
        Scenario: Refund
          Given a paid order
      """

  @R13
  Scenario: Scenarios whose row is unchanged are not stale, even after their name and steps were edited
    When I run "gherkin-bridge coverage --format json"
    Then the exit code is 0
    And the JSON output has 0 findings of kind "stale"

  @R13
  Scenario: A reworded row makes its scenario stale, showing the old and the new text
    Given a file "docs/design/pay/pay.md" containing:
      """
      # Payments

      ## Requirements

      - **R1:** Pay.
      - **R2:** Refund.

      ## Acceptance test surface

      | Req | Observable behavior | Verified by |
      |-----|---------------------|-------------|
      | R1  | Paying by card or wallet works | e2e |
      | R2  | Refunding   works | e2e |
      """
    When I run "gherkin-bridge coverage"
    Then the exit code is 0
    And stdout contains "features/pay.feature:4: warning [stale] Scenario \"A customer pays with a card, renamed by hand\" was generated from row R1 of docs/design/pay/pay.md:12, whose behavior changed (was: \"Paying by card works\"); now: \"Paying by card or wallet works\""
    When I run "gherkin-bridge coverage --format json"
    Then the JSON output has 1 findings of kind "stale"
    And the JSON output has a finding "stale" at "features/pay.feature:4"

  @R13
  Scenario: sync leaves a stale scenario alone; --accept-stale changes only its provenance comments
    Given a file "docs/design/pay/pay.md" containing:
      """
      # Payments

      ## Requirements

      - **R1:** Pay.
      - **R2:** Refund.

      ## Acceptance test surface

      | Req | Observable behavior | Verified by |
      |-----|---------------------|-------------|
      | R1  | Paying by card or wallet works | e2e |
      | R2  | Refunding works | e2e |
      """
    And I remember the bytes of "features/pay.feature"
    When I run "gherkin-bridge sync"
    Then the exit code is 0
    And stdout contains "[stale]"
    And stdout contains "run sync --accept-stale"
    And the file "features/pay.feature" is unchanged
    When I run "gherkin-bridge sync --accept-stale"
    Then the exit code is 0
    And stdout contains "accept 1 stale scenario in features/pay.feature (line 4)"
    And only the provenance comments of "features/pay.feature" changed
    And the file "features/pay.feature" contains "# behavior: Paying by card or wallet works"
    And the file "features/pay.feature" contains "Scenario: A customer pays with a card, renamed by hand"
    When I run "gherkin-bridge coverage --format json"
    Then the JSON output has 0 findings of kind "stale"
