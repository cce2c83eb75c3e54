"""Scoring the tables against gold, and the review page."""
