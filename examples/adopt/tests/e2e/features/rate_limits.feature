@Authorized @cfg_rate_limits
Feature: Request quota

  Background:
    Given The service is started locally
      And REST API service prefix is /v1
      And the quota allows 3 requests per 60 seconds

  Scenario: Query responses carry the remaining quota
    When I use "query" to ask question "Hello"
    Then The status code of the response is 200
     And The headers of the response contain X-RateLimit-Limit 3 and X-RateLimit-Remaining 2

  @skip-in-server-mode
  Scenario: A caller over quota is told when to retry
    Given I sent 3 queries
    When I use "query" to ask question "One more"
    Then The status code of the response is 429
     And The headers of the response contain Retry-After

  Scenario: Without a rate_limits section no quota applies
    Given the configuration has no rate_limits section
    When I use "query" to ask question "Hello"
    Then The status code of the response is 200
     And The response has no rate limit header
