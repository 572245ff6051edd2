"""Example content for trying and testing the site; never installed in production.

The dev and test settings add this app. It holds the demo pages, their
translations, the commands that load them and the local admin account.
"""
