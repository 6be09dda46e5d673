@Authorized
Feature: Service health

  Background:
    Given The service is started locally
      And REST API service prefix is /v1

  Scenario: Readiness endpoint answers once the service is up
    When I access endpoint "readiness" using HTTP GET method
    Then The status code of the response is 200
     And The body of the response has the field "ready"

  Scenario: Liveness endpoint answers while the service runs
    When I access endpoint "liveness" using HTTP GET method
    Then The status code of the response is 200
