"""Signing up for a café: the form, the places and waiting list, the mails, the ViP's list.

The café page is cached whole for anonymous visitors, so it carries only an
empty form; the form posts to an uncached view (views.py). Modules:

- formulier.py: the public form and its Dutch error messages;
- plaatsen.py: places, waiting list, cancelling, all under a row lock;
- mail.py: the confirmation, moving-up and change mails;
- views.py: the public views (sign up, your sign-up, cancel);
- beheer.py: the ViP's list per café in the admin, with the CSV;
- bij_wijziging.py: mails to sign-ups when a café is cancelled or moved;
- opruimen.py: the daily wipe of personal data.
"""
