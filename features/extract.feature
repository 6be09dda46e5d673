@design:gherkin-bridge
Feature: Extract the model of a design doc

  Background:
    Given a file "docs/design/demo/demo.md" containing:
      """
      # Feature design for DEMO-1: Demo

      | | |
      |---|---|
      | **Feature** | [DEMO-1](https://example.invalid/DEMO-1) |
      | **Spike** | TODO: [DEMO-XXXX](https://example.invalid) |

      ## Requirements

      - **R1:** The first requirement
        spans two lines.
      - **R2:** Second.

      R3

      Third, written as an id alone on its line.

      ## Notes

      | Req | Observable behavior | Verified by |
      |-----|---------------------|-------------|
      | R9  | A table outside the section | e2e |

      ## Acceptance test surface

      | Verified by | Notes | Req | Observable behavior |
      |---|---|---|---|
      | unit + E2E | n1 | R1, R2 | Shows `a \| b` and **bold** and [a link](https://x.invalid) |
      | documented manual verification | n2 | R1–R3 | Manual check |
      | by vibes | n3 | R3 | Unclassified |
      """

  @R1
  Scenario: The surface table is read by column names, with ids expanded and markup removed
    When I run "gherkin-bridge extract docs/design/demo/demo.md --format json"
    Then the exit code is 0
    And the JSON output at "designs[0].surface[0].requirements" is "[\"R1\", \"R2\"]"
    And the JSON output at "designs[0].surface[0].behavior" is "\"Shows a | b and bold and a link\""
    And the JSON output at "designs[0].surface[0].levels" is "[\"e2e\", \"unit\"]"
    And the JSON output at "designs[0].surface[0].verifiedBy" is "\"unit + E2E\""
    And the JSON output at "designs[0].surface[1].requirements" is "[\"R1\", \"R2\", \"R3\"]"
    And the JSON output at "designs[0].surface[1].levels" is "[\"manual\"]"
    And the JSON output at "designs[0].surface.length" is "3"

  @R1
  Scenario: Verification text that fits no level is kept and warned about
    When I run "gherkin-bridge extract docs/design/demo/demo.md --format json"
    Then the exit code is 0
    And the JSON output at "designs[0].surface[2].verifiedBy" is "\"by vibes\""
    And the JSON output at "designs[0].surface[2].levels" is "[\"unknown\"]"
    And stdout contains "unclassified-verification"

  @R2
  Scenario: Requirements, metadata and their lines are read
    When I run "gherkin-bridge extract docs/design/demo/demo.md --format json"
    Then the exit code is 0
    And the JSON output at "designs[0].slug" is "\"demo\""
    And the JSON output at "designs[0].title" is "\"Feature design for DEMO-1: Demo\""
    And the JSON output at "designs[0].feature" is "\"DEMO-1\""
    And the JSON output at "designs[0].spike" is "null"
    And the JSON output at "designs[0].requirements[0]" is "{\"id\": \"R1\", \"text\": \"The first requirement spans two lines.\", \"line\": 10}"
    And the JSON output at "designs[0].requirements[2].id" is "\"R3\""
    And the JSON output at "designs[0].requirements[2].line" is "14"

  @R2
  Scenario: A BOM and CRLF line endings change nothing, line numbers included
    Given a file "docs/design/crlf/crlf.md" with CRLF line endings and a BOM containing:
      """
      # Title

      ## Requirements

      - **R1:** One.

      ## Acceptance test surface

      | Req | Observable behavior | Verified by |
      |-----|---------------------|-------------|
      | R1  | It works | e2e |
      """
    When I run "gherkin-bridge extract docs/design/crlf/crlf.md --format json"
    Then the exit code is 0
    And the JSON output at "designs[0].title" is "\"Title\""
    And the JSON output at "designs[0].requirements[0].line" is "5"
    And the JSON output at "designs[0].surface[0].line" is "11"
    And the JSON output at "designs[0].surface[0].behavior" is "\"It works\""

  @R9
  Scenario: A design named on the command line that does not exist is a usage error
    When I run "gherkin-bridge extract docs/design/nope.md"
    Then the exit code is 2
    And stderr contains "docs/design/nope.md: no such file"
    And stderr has no stack trace
