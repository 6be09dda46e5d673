@design:gherkin-bridge
Feature: Out of the box on a whole repository

  Background:
    Given a file "docs/design/pdf-import/pdf-import-design.md" containing:
      """
      # Feature design for PDF import

      | | |
      |---|---|
      | **Feature** | DEMO-7 |

      ## Requirements

      **R1 – Upload**\
      A PDF uploaded by the user becomes searchable text.

      ## R2

      Optional

      A password-protected PDF is refused with a message naming the file.

      ## Acceptance test surface

      | Req | Observable behavior | Verified by |
      |-----|---------------------|-------------|
      | R1  | An uploaded PDF becomes searchable | e2e |
      | R2  | A password-protected PDF is refused | e2e |
      """
    And a file "docs/design/pdf-import/poc-results/parsers.md" containing:
      """
      # Parser comparison

      The second parser was faster.
      """
    And a file "docs/design/releases/releases.md" containing:
      """
      # Feature design for Releases

      ## Requirements

      - **R1:** A release is cut every four weeks.
      """
    And a file "tests/e2e/features/pdf_import.feature" containing:
      """
      Feature: PDF import tests

        Scenario: An uploaded PDF becomes searchable text
          When I upload a PDF
          Then a question is answered from its text

        Scenario: A password-protected PDF is refused
          When I upload a PDF locked with a password
          Then the upload is refused with a message naming the file
      """
    And a file "tests/e2e/test_list.txt" containing:
      """
      features/pdf_import.feature
      """

  @R37
  Scenario: Notes beside the designs are skipped, listed with the reason under --verbose and in JSON
    When I run "gherkin-bridge --verbose coverage"
    Then stdout contains "Skipped (not feature designs)"
    And stdout contains "docs/design/pdf-import/poc-results/parsers.md: no \"Feature design\" title"
    When I run "gherkin-bridge coverage --format json"
    Then the JSON output at "summary.designs" is "2"
    And the JSON output at "skipped[0].file" is "\"docs/design/pdf-import/poc-results/parsers.md\""
    And the JSON output at "designs[0].slug" is "\"pdf-import\""

  @R38
  Scenario: A requirement's text runs to the next requirement, its title kept
    When I run "gherkin-bridge extract docs/design/pdf-import/pdf-import-design.md --format json"
    Then the JSON output at "designs[0].requirements[0].text" is "\"Upload: A PDF uploaded by the user becomes searchable text.\""
    And the JSON output at "designs[0].requirements[1].text" is "\"Optional: A password-protected PDF is refused with a message naming the file.\""

  @R39
  Scenario: A design without a surface table is not measured, with one warning, until perDesign says what to expect
    When I run "gherkin-bridge coverage --format json"
    Then the JSON output has 1 findings of kind "missing-surface"
    And the JSON output at "summary.expected" is "2"
    Given a file "gherkin-bridge.config.json" containing:
      """
      { "perDesign": { "releases": { "levels": ["e2e"] } } }
      """
    When I run "gherkin-bridge coverage --format json"
    Then the JSON output has 0 findings of kind "missing-surface"
    And the JSON output at "summary.expected" is "3"

  @R40
  Scenario: The config is found upwards, also in pyproject.toml
    Given a directory ".git"
    And a file "pyproject.toml" containing:
      """
      [tool.gherkin-bridge]
      perDesign = { releases = { measured = false, reason = "release process" } }
      """
    When I run "gherkin-bridge -C tests/e2e coverage --format json"
    Then the JSON output has 0 findings of kind "missing-surface"

  @R41
  Scenario: init writes globs with the notes folders left out and levels from the surface tables
    When I run "gherkin-bridge init"
    Then the exit code is 0
    And the JSON file "gherkin-bridge.config.json" at "designs" is "[\"docs/design/**/*.md\", \"!**/*-spike.md\", \"!docs/design/pdf-import/poc-results/**\"]"
    And the JSON file "gherkin-bridge.config.json" at "levels" is "[\"e2e\"]"
    And the file "gherkin-bridge.config.json" contains "what the surface tables say (row levels: e2e 2)"
    And the file "gherkin-bridge.config.json" contains "1 design without an Acceptance test surface table is not measured"

  @R42
  Scenario: link finds the design a file's Feature title names and links its scenarios
    When I run "gherkin-bridge link --format json"
    Then the JSON output at "suggestions[0].candidates[0].design" is "\"pdf-import\""
    And the JSON output at "suggestions[0].candidates[0].requirement" is "\"R1\""
    And the JSON output at "suggestions[1].candidates[0].requirement" is "\"R2\""

  @R43
  Scenario: sync registers the files it creates in the configured runner list
    Given a file "gherkin-bridge.config.json" containing:
      """
      { "runnerList": "tests/e2e/test_list.txt", "perDesign": { "releases": { "levels": ["e2e"] } } }
      """
    When I run "gherkin-bridge sync"
    Then the exit code is 0
    And the file "tests/e2e/test_list.txt" contains "features/releases.feature"
    When I run "gherkin-bridge coverage --format json"
    Then the JSON output has 0 findings of kind "not-run"

  @R44
  Scenario: kickoff prints commands that run without a package.json and ticks what is covered
    When I run "gherkin-bridge link --write"
    And I run "gherkin-bridge kickoff docs/design/pdf-import/pdf-import-design.md"
    Then stdout contains "- [x] **R1**"
    And stdout contains "npx --yes gherkin-bridge@"
    And stdout contains "--features tests/e2e/features/pdf_import.feature"
