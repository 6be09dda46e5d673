@design:gherkin-bridge
Feature: Skeletons worth starting from

  Background:
    Given a file "docs/design/lib/lib.md" containing:
      """
      # Library

      ## Requirements

      - **R1:** Readers list the books.
      - **R2:** Adding a book needs a title,
        and the answer says which field is missing.

      ## Use Cases

      - **U1: Borrowing** — a reader borrows a book.

      ## Acceptance test surface

      | Req | Observable behavior | Verified by |
      |-----|---------------------|-------------|
      | R1 | `GET /v1/books` returns 200 | e2e |
      | R2 | A POST without a title returns 422 | e2e |

      ## Acceptance criteria

      ### Borrowing

      - **Given** a reader with a card
      - **When** she borrows "Dune"
      - **Then** the book is lent
      - **And** her loan count is 1
      """
    And a file "features/steps/common.py" containing:
      """
      from behave import given, when, then

      @when('I access endpoint "{endpoint}" using HTTP GET method')
      def step_get(context, endpoint):
          pass

      @then('The status code of the response is {status:d}')
      def step_status(context, status):
          pass
      """

  @R45
  Scenario: Steps are suggested from the suite's step definitions, TODO where nothing fits
    When I run "gherkin-bridge generate docs/design/lib/lib.md --out features"
    Then the exit code is 0
    And the file "features/lib.feature" contains "# suggested: from features/steps/common.py:7"
    And the file "features/lib.feature" contains:
      """
          # suggested: from features/steps/common.py:7
          Then The status code of the response is 422
      """
    And the file "features/lib.feature" contains "Given TODO: set up the preconditions for R1"

  @R45
  Scenario: --no-suggest-steps writes TODO steps only
    When I run "gherkin-bridge generate docs/design/lib/lib.md --out features --no-suggest-steps"
    Then the exit code is 0
    And the file "features/lib.feature" does not contain "# suggested"
    And the file "features/lib.feature" contains "Then TODO: check the observable behavior for R2"

  @R46
  Scenario: sync writes in the dialect of the file it appends to
    Given a file "features/lib.feature" containing:
      """
      # language: fr
      @design:lib
      Fonctionnalité: Bibliothèque

        Règle: lecture

        @R1
        Scénario: Lister
          Soit un lecteur
      """
    When I run "gherkin-bridge sync --no-suggest-steps"
    Then the exit code is 0
    And the file "features/lib.feature" contains:
      """
        Règle: Scenarios added by gherkin-bridge sync
      """
    And the file "features/lib.feature" contains "      Soit TODO: set up the preconditions for R2"
    And the file "features/lib.feature" contains "    Scénario: Borrowing"
    And the file "features/lib.feature" contains "      Et que her loan count is 1"
    When I run "gherkin-bridge coverage"
    Then the exit code is 0

  @R46
  Scenario: generate --language sets the dialect of new files; an unknown one is an error
    When I run "gherkin-bridge generate docs/design/lib/lib.md --out de --language de"
    Then the exit code is 0
    And the file "de/lib.feature" contains "# language: de"
    And the file "de/lib.feature" contains "Funktionalität: Library"
    When I run "gherkin-bridge generate docs/design/lib/lib.md --out xx --language xx"
    Then the exit code is 2
    And stderr contains "Unexpected language"
    And the file "xx/lib.feature" does not exist

  @R47
  Scenario: Acceptance criteria are extracted and become scenarios named after their heading
    When I run "gherkin-bridge extract docs/design/lib/lib.md --format json"
    Then the JSON output at "designs.0.acceptanceCriteria.0.heading" is '"Borrowing"'
    And the JSON output at "designs.0.acceptanceCriteria.0.ids.0" is '"U1"'
    When I run "gherkin-bridge generate docs/design/lib/lib.md --out features"
    Then the file "features/lib.feature" contains:
      """
        # gherkin-bridge: design=lib row=criterion behavior=
      """
    And the file "features/lib.feature" contains:
      """
        @U1 @skip
        Scenario: Borrowing
      """
    And the file "features/lib.feature" contains:
      """
          Given a reader with a card
          When she borrows "Dune"
          Then the book is lent
          And her loan count is 1
      """

  @R48
  Scenario: The behavior appears twice and a requirement text on one comment line
    When I run "gherkin-bridge generate docs/design/lib/lib.md --out features"
    Then the file "features/lib.feature" contains:
      """
        # behavior: A POST without a title returns 422
        @R2 @skip
        Scenario: A POST without a title returns 422
          # R2: Adding a book needs a title, and the answer says which field is missing.
      """
    And the file "features/lib.feature" does not contain "# Behavior:"

  @R49
  Scenario: A new file starts with the Background its folder's feature files share
    Given a file "features/a.feature" containing:
      """
      Feature: A

        Background:
          Given the library is open

        Scenario: a
          When I access endpoint "/v1/a" using HTTP GET method
      """
    And a file "features/b.feature" containing:
      """
      Feature: B

        Background:
          Given the library is open

        Scenario: b
          Then The status code of the response is 200
      """
    When I run "gherkin-bridge sync"
    Then the exit code is 0
    And the file "features/lib.feature" contains:
      """
      Feature: Library
        Design doc: docs/design/lib/lib.md

        Background:
          Given the library is open
      """
