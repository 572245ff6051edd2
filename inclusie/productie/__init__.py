"""The production layer: safety, page cache, health, error pages and backups.

Kept apart from the pages so that it covers every app generically: new page
types and snippets need no code here.
"""
