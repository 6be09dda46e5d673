@design:gherkin-bridge
Feature: Generate scenario skeletons from a design

  Background:
    Given a file "docs/design/shop/shop.md" containing:
      """
      # Feature design for SHOP-7: Checkout

      | | |
      |---|---|
      | **Feature** | [SHOP-7](https://example.invalid/SHOP-7) |

      ## Requirements

      - **R1:** Paying works.
      - **R4:** Refunds work.
      - **R4a:** Partial refunds work.
      - **R5:** Receipts are stored.

      ## Acceptance test surface

      | Req | Observable behavior | Verified by |
      |-----|---------------------|-------------|
      | R1  | Paying with a card shows "paid" # not a comment @not-a-tag | e2e |
      | R4, R4a | A refund of {{amount}} \| partial refund both reach the ledger | e2e + unit |
      | R5  | Receipt rows are written | unit |
      """

  @R3
  Scenario: One scenario per e2e row, tagged with the row's requirements
    When I run "gherkin-bridge generate docs/design/shop/shop.md --out features"
    Then the exit code is 0
    And stdout contains "created features/shop.feature (2 scenarios)"
    And the file "features/shop.feature" contains "@design:shop @SHOP-7"
    And the file "features/shop.feature" contains "@R4 @R4a @skip"
    And the file "features/shop.feature" contains "@R1 @skip"
    And the file "features/shop.feature" does not contain "@R5"

  @R3
  Scenario: The generated file is read back with exactly the rows' requirement tags
    When I run "gherkin-bridge generate docs/design/shop/shop.md --out features"
    And I run "gherkin-bridge coverage --designs docs/design/**/*.md --features features/**/*.feature --format json"
    Then the exit code is 0
    And the JSON output at "summary.expected" is "3"
    And the JSON output at "summary.pending" is "3"
    And the JSON output has 0 findings of kind "parse-error"

  @R3
  Scenario: A different level and no skip tag
    When I run "gherkin-bridge generate docs/design/shop/shop.md --out out --levels unit --no-skip-tag"
    Then the exit code is 0
    And the file "out/shop.feature" contains "@R5"
    And the file "out/shop.feature" does not contain "@skip"

  @R4
  Scenario: A hand-edited file is never overwritten without --force
    When I run "gherkin-bridge generate docs/design/shop/shop.md --out features"
    And a file "features/shop.feature" is edited by hand
    And I remember the bytes of "features/shop.feature"
    And I run "gherkin-bridge generate docs/design/shop/shop.md --out features"
    Then the exit code is 1
    And stdout contains "left features/shop.feature untouched"
    And the file "features/shop.feature" is unchanged
    When I run "gherkin-bridge generate docs/design/shop/shop.md --out features --force"
    Then the exit code is 0
    And the file "features/shop.feature" does not contain "hand-written"

  @R4
  Scenario: --check writes nothing and says what would change
    When I run "gherkin-bridge generate docs/design/shop/shop.md --out features --check"
    Then the exit code is 1
    And stdout contains "would create features/shop.feature"
    And the file "features/shop.feature" does not exist

  @R4
  Scenario: Generating twice gives identical bytes
    When I run "gherkin-bridge generate docs/design/shop/shop.md --out features"
    And I remember the bytes of "features/shop.feature"
    And I run "gherkin-bridge generate docs/design/shop/shop.md --out features"
    Then the exit code is 0
    And stdout contains "unchanged features/shop.feature"
    And the file "features/shop.feature" is unchanged

  @R10
  Scenario: A user template replaces the scenario, and design text is never evaluated
    Given a file "templates/scenario.hbs" containing:
      """
        # custom template
        {{provenance}}
        {{tagLine}}
        Scenario: {{name}}
          Given {{steps.given}}
      """
    When I run "gherkin-bridge generate docs/design/shop/shop.md --out features --template templates"
    Then the exit code is 0
    And the file "features/shop.feature" contains "# custom template"
    And the file "features/shop.feature" contains "{{amount}}"
