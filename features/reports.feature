@design:gherkin-bridge
Feature: Reports for CI dashboards, pull requests and people

  Background:
    Given a file "docs/design/pay/pay.md" containing:
      """
      # Payments <&> "quoted" ]]> 100% :: done

      ## Requirements

      - **R1:** Pay with `<card>` & cash.
      - **R2:** Refund, 50%, then ::error:: again.

      ## Acceptance test surface

      | Req | Observable behavior | Verified by |
      |-----|---------------------|-------------|
      | R1  | Paying <b>works</b> & "shows" ]]> receipt | e2e |
      | R2  | Refund % done, new:: line ✓ | e2e |
      """
    And a file "features/pay.feature" containing:
      """
      @design:pay
      Feature: Payments

        @R1
        Scenario: Pay <with> & "card"
          Given a card

        @R7
        Scenario: Unknown requirement
          Given nothing
      """

  @R16
  Scenario: JUnit XML stays valid for any design text
    When I run "gherkin-bridge coverage --format junit --fail-on none"
    Then the exit code is 0
    And stdout contains "<testsuites"
    When I run "gherkin-bridge coverage --format text --report junit=reports/junit.xml --fail-on none"
    Then the file "reports/junit.xml" is well-formed XML with 3 testcases and 2 failures

  @R16
  Scenario: GitHub annotations are one line each, SARIF has a located result per finding
    When I run "gherkin-bridge coverage --format github --fail-on none"
    Then the exit code is 0
    And every line of stdout is a GitHub workflow command
    And stdout contains "::error file=docs/design/pay/pay.md,line=13,"
    When I run "gherkin-bridge coverage --format sarif --report sarif=out/gb.sarif --fail-on none"
    Then the file "out/gb.sarif" is SARIF 2.1.0 with 2 results

  @R16
  Scenario: The Markdown summary lists each design and each gap with file:line
    When I run "gherkin-bridge coverage --format markdown --fail-on none"
    Then the exit code is 0
    And stdout contains "| Design |"
    And stdout contains "docs/design/pay/pay.md:13"
    And stdout contains "features/pay.feature:8"

  @R17 @R18
  Scenario: One run writes every report, and the JSON matches its schema
    When I run:
      """
      gherkin-bridge coverage --format json
        --report html=reports/coverage.html --report markdown=reports/summary.md
        --report junit=reports/junit.xml --report sarif=reports/gb.sarif --report github=reports/gh.txt
        --report json=reports/coverage.json
      """
    Then the exit code is 1
    And the JSON output at "summary.covered" is "1"
    And the file "reports/coverage.html" is a self-contained HTML page
    And the file "reports/summary.md" exists
    And the file "reports/gh.txt" exists
    And the file "reports/coverage.json" validates against the coverage report schema

  @R18
  Scenario: A report flag without a path or with an unknown format is a usage error
    When I run "gherkin-bridge coverage --report junit"
    Then the exit code is 2
    And stderr contains "expected <format>=<path>"
    When I run "gherkin-bridge coverage --report pdf=x.pdf"
    Then the exit code is 2
    And stderr contains "Unknown format \"pdf\""
