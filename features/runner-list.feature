@design:gherkin-bridge
Feature: Runner lists

  Suites like Lightspeed's run only the feature files named in a runner list
  (tests/e2e/test_list.txt, one path a line, relative to the list's folder).

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
      | R1  | Paying works | e2e |
      | R2  | Refunding works | e2e |
      """
    And a file "tests/e2e/features/pay.feature" containing:
      """
      @design:pay
      Feature: Payments

        @R1
        Scenario: Pay
          Given a card
      """
    And a file "tests/e2e/features/refund.feature" containing:
      """
      @design:pay
      Feature: Refunds

        @R2
        Scenario: Refund
          Given a paid order
      """
    And a file "tests/e2e/test_list.txt" containing:
      """
      # the e2e job runs these
      features/pay.feature
      """

  @R14
  Scenario: A requirement whose only scenarios sit in files the list does not name is not-run
    When I run "gherkin-bridge coverage --runner-list tests/e2e/test_list.txt"
    Then the exit code is 1
    And stdout contains "tests/e2e/features/refund.feature:5: error [not-run] Scenario \"Refund\" is the only one for R2, but tests/e2e/features/refund.feature is not in the runner list tests/e2e/test_list.txt"
    When I run "gherkin-bridge coverage --runner-list tests/e2e/test_list.txt --format json"
    Then the JSON output at "designs[0].requirements[1].status" is "\"not-run\""
    And the JSON output at "summary.covered" is "1"

  @R14
  Scenario: Without a runner list the same scenarios count
    When I run "gherkin-bridge coverage"
    Then the exit code is 0

  @R14
  Scenario: sync --register adds the files it creates to the list, keeping its lines
    Given a file "docs/design/ship/ship.md" containing:
      """
      # Shipping

      ## Requirements

      - **R1:** Ship.

      ## Acceptance test surface

      | Req | Observable behavior | Verified by |
      |-----|---------------------|-------------|
      | R1  | Parcels ship | e2e |
      """
    And I remember the bytes of "tests/e2e/test_list.txt"
    When I run "gherkin-bridge sync --register tests/e2e/test_list.txt"
    Then the exit code is 0
    And stdout contains "create tests/e2e/features/ship.feature: scenarios for R1"
    And stdout contains "registered features/ship.feature in tests/e2e/test_list.txt"
    And the file "tests/e2e/test_list.txt" still starts with the remembered bytes
    And the file "tests/e2e/test_list.txt" contains:
      """
      # the e2e job runs these
      features/pay.feature
      features/ship.feature
      """
    And the runner list "tests/e2e/test_list.txt" has 2 entries
    When I run "gherkin-bridge sync --register tests/e2e/test_list.txt"
    Then stdout contains "nothing to do"
    And the runner list "tests/e2e/test_list.txt" has 2 entries

  @R14
  Scenario: A runner list that does not exist is a usage error
    When I run "gherkin-bridge coverage --runner-list tests/e2e/missing.txt"
    Then the exit code is 2
    And stderr contains "tests/e2e/missing.txt: runner list: Cannot read file: it does not exist"
    And stderr has no stack trace
