"""Main-content helpers of body.py: trafilatura output as blocks, boilerplate rules, missed parts."""
