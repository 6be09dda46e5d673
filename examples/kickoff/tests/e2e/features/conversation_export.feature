@design:conversation-export
Feature: Conversation export

  Background:
    Given the service is started with the default configuration
      And I am logged in as "alice"

  @R1
  Scenario: Markdown export keeps every turn as a heading
    Given "alice" has a conversation "c-1" with 3 turns
     When I access endpoint "conversations/c-1/export?format=markdown" using HTTP GET method
     Then the status code of the response is 200
      And the body has 3 second-level headings in turn order

  @R2
  Scenario: JSON export validates against the published schema
    Given "alice" has a conversation "c-2" with 2 turns and 1 attachment
     When I access endpoint "conversations/c-2/export?format=json" using HTTP GET method
     Then the status code of the response is 200
      And the body validates against the schema "schemas/export.json"

  @R3
  Scenario: Exporting somebody else's conversation looks like a missing one
    Given "bob" has a conversation "c-3" with 1 turn
     When I access endpoint "conversations/c-3/export" using HTTP GET method
     Then the status code of the response is 404

  @R4 @R4a
  Scenario Outline: The format parameter is checked
     When I access endpoint "conversations/c-1/export<query>" using HTTP GET method
     Then the status code of the response is <status>

    Examples:
      | query         | status |
      | ?format=pdf   | 422    |
      |               | 200    |
