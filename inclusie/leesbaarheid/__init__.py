"""Clear language (duidelijke taal, B1): how readable a text is, and the bar.

Called "leesbaarheid" in code, so that "taal" can always mean a language code.
`zinnen` cuts text into sentences, `meting` scores it, `validators` holds the
rule for "In het kort", and `beheer` shows the check to editors.
"""
