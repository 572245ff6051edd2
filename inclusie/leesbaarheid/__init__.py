"""Clear language (duidelijke taal, B1): how readable a text is, and the bar.

Called "leesbaarheid" in code, so that "taal" can always mean a language code.
`zinnen` cuts text into sentences, `meting` scores it and marks each sentence
(`lijdende_vorm` finds likely passive sentences, `woordvormen` finds words and
their forms), `validators` holds the rules for "In het kort" and for the
explanation of a difficult word, `beheer` shows the check to editors,
`schrijfhulp` runs it while they type, and `snippets` holds the two word lists
in the admin. `woordenlijsten` loads those lists once per version, and
`uitleg` links difficult words on public pages to the word list.
"""
