@design:gherkin-bridge
Feature: Coverage that means a test runs

  Background:
    Given a file "docs/design/shop/shop.md" containing:
      """
      # Shop

      ## Requirements

      - **R1:** Add.
      - **R2:** Total.
      - **R3:** Coupon.
      - **R4:** Visits.
      - **R5:** Retry.
      - **R6:** Receipt.
      - **R7:** Cents.

      ## Acceptance test surface

      | Req | Observable behavior | Verified by |
      |-----|---------------------|-------------|
      | R1  | Adding shows the item | e2e |
      | R2  | The total is the sum | e2e |
      | R3  | A coupon lowers it | e2e |
      | R4  | The basket survives | e2e |
      | R5  | A slow checkout is retried | e2e |
      | R6  | A receipt arrives | e2e |
      | R7  | Prices are integers | unit |
      """
    And a file "features/basket.feature" containing:
      """
      @design:shop
      Feature: Basket

        @R1
        Scenario: Adding an item
          Given an empty basket

        Scenario Outline: Totals
          Given I add "<item>"

          @R2
          Examples: sums
            | item  |
            | apple |
            | pear  |

        @R3
        Scenario: Coupon
          Given a coupon

        @R5 @wip
        Scenario: Slow checkout
          Given a slow checkout
      """
    And a file "features/visits.feature" containing:
      """
      @design:shop @skip
      Feature: Visits

        @R4
        Scenario: R4 The basket survives
          Given TODO: set up the preconditions for R4
      """

  @R31
  Scenario: Every requirement gets one status; skeletons are pending, not covered
    When I run "gherkin-bridge coverage --format json --fail-on none"
    Then the exit code is 0
    And the JSON output at "designs.0.requirements.0.status" is "\"covered\""
    And the JSON output at "designs.0.requirements.3.status" is "\"pending\""
    And the JSON output at "designs.0.requirements.5.status" is "\"uncovered\""
    And the JSON output at "designs.0.requirements.6.status" is "\"not-expected\""
    And the JSON output has a finding "pending" at "docs/design/shop/shop.md:20"
    And the JSON output at "summary.pending" is "1"
    And the JSON output at "summary.coverage" is "66.6"

  @R32
  Scenario: The run's tag expression, in Cucumber's syntax or behave's old one, leaves a requirement not run
    When I run "gherkin-bridge coverage --format json --tags=-skip --tags ~@wip"
    Then the exit code is 1
    And the JSON output at "designs.0.requirements.4.status" is "\"not-run\""
    And the JSON output has a finding "not-run" at "features/basket.feature:22"
    When I run "gherkin-bridge coverage --tags=(@a --format json"
    Then the exit code is 2
    And stderr contains "Unexpected tag expression"
    And stderr has no stack trace

  @R33
  Scenario: Results of the run make requirements passed or failed, an Outline row at a time
    Given a file "reports/junit/TESTS-basket.xml" containing:
      """
      <testsuite name="basket.Basket" tests="4">
        <testcase classname="basket.Basket" name="Adding an item" status="passed"/>
        <testcase classname="basket.Basket" name="Totals -- @1.1 sums" status="passed"/>
        <testcase classname="basket.Basket" name="Totals -- @1.2 sums" status="failed"><failure message="Expected 5, got 4">Assertion</failure></testcase>
        <testcase classname="basket.Basket" name="Coupon" status="passed"/>
        <testcase classname="basket.Basket" name="Slow checkout" status="skipped"><skipped/></testcase>
      </testsuite>
      """
    When I run "gherkin-bridge coverage --format json --results reports/junit"
    Then the exit code is 1
    And the JSON output at "designs.0.requirements.0.status" is "\"passed\""
    And the JSON output at "designs.0.requirements.1.status" is "\"failed\""
    And the JSON output at "designs.0.requirements.4.status" is "\"not-run\""
    And the JSON output has a finding "failed" at "features/basket.feature:15"
    And the JSON output at "summary.verified" is "33.3"
    When I run "gherkin-bridge coverage --fail-on none --results reports/junit --min-verified 50"
    Then the exit code is 1
    And stderr contains "verified 33.3% is below the minimum 50%"

  @R34
  Scenario: Results that match nothing give one finding; a cut-off results file exits 2
    Given a file "reports/old.json" containing:
      """
      [{"uri": "elsewhere/a.feature", "elements": [{"type": "scenario", "line": 3, "name": "A", "steps": []},
        {"type": "scenario", "line": 9, "name": "B", "steps": []}]}]
      """
    And a file "reports/cut.json" containing:
      """
      [{"uri": "features/basket.feature", "elements": [
      """
    When I run "gherkin-bridge coverage --format json --fail-on none --results reports/old.json"
    Then the JSON output has 1 findings of kind "unknown-result"
    When I run "gherkin-bridge coverage --results reports/cut.json"
    Then the exit code is 2
    And stderr contains "in results file reports/cut.json"
    And stderr has no stack trace

  @R35
  Scenario: An empty run never passes, and nothing expected is n/a
    When I run "gherkin-bridge coverage --designs 'nothing/**/*.md'"
    Then the exit code is 2
    And stderr contains "nothing/**/*.md"
    When I run "gherkin-bridge coverage --format json --levels manual --fail-on none --min-coverage 90"
    Then the exit code is 0
    And the JSON output at "summary.coverage" is "null"
    And the JSON output at "designs.0.coverage" is "null"

  @R36
  Scenario: Every format shows the statuses
    When I run "gherkin-bridge coverage --fail-on none --format markdown"
    Then stdout contains "| Design | Expected | Uncovered | Pending | Not run | Covered | Coverage |"
    When I run "gherkin-bridge coverage --fail-on none --report junit=out/junit.xml --report html=out/report.html"
    Then stdout contains "4/6 expected requirements covered (66.6%): 1 uncovered, 1 pending, 4 covered"
    And the file "out/junit.xml" contains "<skipped message=\"pending: "
    And the file "out/report.html" is a self-contained HTML page
