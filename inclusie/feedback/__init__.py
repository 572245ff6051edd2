"""Reader feedback: "Is deze pagina duidelijk?" on every page, and the inbox for the redactie."""
