@design:gherkin-bridge
Feature: Hostile input: never crash, never hang, never lose a byte, never write outside

  gherkin-bridge runs in CI over repositories and design docs nobody checked.
  Every command here runs the built CLI in a fresh folder, with a time limit.

  Background:
    Given a file "docs/design/pay/pay.md" containing:
      """
      # Payments

      ## Requirements

      - **R1:** Pay by card.
      - **R2:** Refund a payment.

      ## Acceptance test surface

      | Req | Observable behavior | Verified by |
      |-----|---------------------|-------------|
      | R1  | A card payment succeeds | e2e |
      | R2  | A refund appears on the statement | e2e |
      """

  @R21
  Scenario: Design text full of Markdown, Gherkin and Handlebars syntax is generated as data
    Given a file "docs/design/odd/odd.md" containing:
      ```
      # Odd

      ## Acceptance test surface

      | Req | Observable behavior | Verified by |
      |-----|---------------------|-------------|
      | R1, R1a | Scenario: {{steps.given}} """ \| @R9 # not a comment <br> 😀 שלום | e2e |
      | R2–R3 | Given `code` and \\ a backslash {{#if x}}y{{/if}} | unit + e2e |
      ```
    When I run "gherkin-bridge generate docs/design/odd/odd.md --out features"
    Then the exit code is 0
    And the file "features/odd.feature" parses as Gherkin with 2 scenarios
    And the file "features/odd.feature" contains "# behavior: Scenario: {{steps.given}} \"\"\" | @R9 # not a comment 😀 שלום"
    And the file "features/odd.feature" contains "# behavior: Given code and \ a backslash {{#if x}}y{{/if}}"
    And the file "features/odd.feature" contains "@R1 @R1a @skip"
    And the file "features/odd.feature" contains "@R2 @R3 @skip"

  @R21
  Scenario: A named pipe, a device and a link loop named as feature files do not hang the run
    Given a file "features/pay.feature" containing:
      """
      @design:pay
      Feature: Payments

        @R1 @R2
        Scenario: Pay and refund
          Given a card
      """
    And a named pipe "features/pipe.feature"
    And a symbolic link "features/zero.feature" pointing to "/dev/zero"
    And a symbolic link "features/self.feature" pointing to "self.feature"
    When I run:
      """
      gherkin-bridge coverage --format json --no-cache --features features/pay.feature
        --features features/pipe.feature --features features/zero.feature --features features/self.feature
      """
    Then the exit code is 1
    And the JSON output has exactly one finding for "features/pipe.feature": "io-error" at line 1
    And the JSON output has exactly one finding for "features/zero.feature": "io-error" at line 1
    And the JSON output has exactly one finding for "features/self.feature": "io-error" at line 1
    And the JSON output at "summary.covered" is "2"
    And stderr has no stack trace
    When I run "gherkin-bridge coverage --format json --no-cache"
    Then the exit code is 0
    And the JSON output has no finding for "features/pipe.feature"

  @R22
  Scenario: sync keeps every byte of a hand-edited file
    Given a file "features/pay.feature" with CRLF line endings and no final newline containing:
      """
      # Edited by hand: comments, blank lines and CRLF stay as they are.
      @design:pay
      Feature: Payments

        # A comment between the Feature and its scenario

        @R1
        Scenario: Pay by card
          Given a card

          # A trailing comment, and no final newline
      """
    And I remember the bytes of "features/pay.feature"
    When I run "gherkin-bridge sync"
    Then the exit code is 0
    And the file "features/pay.feature" still starts with the remembered bytes
    And the file "features/pay.feature" parses as Gherkin with 2 scenarios
    When I run "gherkin-bridge sync"
    Then stdout contains "nothing to do"

  @R22
  Scenario: Output never leaves the folder it was given
    Given a file "outside/precious.feature" containing:
      """
      do not touch
      """
    And a symbolic link "out/pay.feature" pointing to "../outside/precious.feature"
    And I remember the bytes of "outside/precious.feature"
    When I run "gherkin-bridge generate docs/design/pay/pay.md --out out --force"
    Then the exit code is 2
    And stderr contains "Refusing to write out/pay.feature: it is a symbolic link"
    And the file "outside/precious.feature" is unchanged
    When I run "gherkin-bridge sync --into pay=outside/../../escaped.feature"
    Then the exit code is 2
    And stderr contains "outside the working directory"
    And the file "../escaped.feature" does not exist
    Given a file "gherkin-bridge.config.json" containing:
      """
      { "cacheDir": "../cache" }
      """
    When I run "gherkin-bridge coverage"
    Then the exit code is 2
    And stderr contains "Refusing cacheDir ../cache: it is outside the working directory"
    And the file "../cache" does not exist

  @R22
  Scenario: Feature files found outside the working directory are read, never written
    Given a file "shared/pay.feature" containing:
      """
      @design:pay
      Feature: Payments kept beside the repository

        @R1
        Scenario: Pay by card
          Given a card

        Scenario: A refund appears on the statement
          Given a refunded payment
      """
    And a file "project/gherkin-bridge.config.json" containing:
      """
      { "designs": ["../docs/design/**/*.md"], "features": ["../shared/*.feature"] }
      """
    And I remember the bytes of "shared/pay.feature"
    When I run "gherkin-bridge sync --cwd project --no-cache"
    Then the exit code is 2
    And stderr contains "Refusing to write ../shared/pay.feature: it is outside the working directory"
    And stderr contains "(the file linked to @design:pay; name one inside with --into pay=<file>)"
    And stderr has no stack trace
    And the file "shared/pay.feature" is unchanged
    Given a file "project/tests/refund.feature" containing:
      """
      Feature: Refunds

        Scenario: A refund appears on the statement
          Given a refunded payment
      """
    When I run "gherkin-bridge link --write --cwd project --features ../shared/*.feature --features tests/*.feature"
    Then the exit code is 2
    And stderr contains "Refusing to write ../shared/pay.feature: it is outside the working directory"
    And stderr contains "(link would tag 1 scenario in it; leave it out of the features globs to tag the files inside)"
    And stderr has no stack trace
    And stdout does not contain "tagged"
    And the file "shared/pay.feature" is unchanged
    And the file "project/tests/refund.feature" does not contain "@R2"
    When I run "gherkin-bridge link --write --cwd project --features tests/*.feature"
    Then the exit code is 0
    And stdout contains "tagged 1 scenario in tests/refund.feature"
    And the file "project/tests/refund.feature" contains "@R2"
    Given a symbolic link "project/features" pointing to "../shared"
    When I run "gherkin-bridge sync --cwd project --no-cache --features features/*.feature"
    Then the exit code is 2
    And stderr contains "Refusing to write features/pay.feature: it leads through a symbolic link to"
    And the file "shared/pay.feature" is unchanged
    When I run "gherkin-bridge sync --cwd project --no-cache --features inside/*.feature --out inside"
    Then the exit code is 0
    And the file "project/inside/pay.feature" contains "@R2"
    And the file "shared/pay.feature" is unchanged

  @R22
  Scenario: A read-only target is one clear line and exit 2, and the old file is intact
    Given a file "out/pay.feature" containing:
      """
      written by hand
      """
    And I remember the bytes of "out/pay.feature"
    And the folder "out" cannot be written
    When I run "gherkin-bridge generate docs/design/pay/pay.md --out out --force" without those permissions
    Then the exit code is 2
    And stderr is exactly:
      """
      gherkin-bridge: Cannot write <DIR>/out/pay.feature: permission denied
      """
    And the file "out/pay.feature" is unchanged

  @R23
  Scenario: Each bad file gets one finding with its path, and the run goes on
    Given a file "features/pay.feature" containing:
      """
      @design:pay
      Feature: Payments

        @R1 @R2
        Scenario: Pay and refund
          Given a card
      """
    And a file "features/latin1.feature" whose line 3 is not UTF-8
    And a file "features/secret.feature" containing:
      """
      Feature: Secret
      """
    And the file "features/secret.feature" cannot be read
    And a directory "features/folder.feature"
    And a file "docs/design/notes/notes.md" containing:
      """
      Notes from the planning meeting, not a design.
      """
    When I run "gherkin-bridge coverage --format json --no-cache --features features/**/*.feature --features features/folder.feature" without those permissions
    Then the exit code is 1
    And the JSON output has exactly one finding for "features/latin1.feature": "io-error" at line 3
    And the JSON output has exactly one finding for "features/secret.feature": "io-error" at line 1
    And the JSON output has exactly one finding for "features/folder.feature": "io-error" at line 1
    And the JSON output at "skipped[0].file" is "\"docs/design/notes/notes.md\""
    And the JSON output at "summary.covered" is "2"
    And stderr has no stack trace
