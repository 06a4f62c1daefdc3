"""Cut publisher appeals and page boilerplate from news articles, and say what was cut and why.

>>> import unappeal
>>> cleaner = unappeal.Cleaner()
>>> text = ("The bridge will reopen in May, the city said.\\n"
...         "Since you're here...\\n"
...         "... we have a small favour to ask. Please support us from just $2 a month.\\n"
...         "Remind me later")
>>> cleaned = cleaner.clean_text(text)
>>> cleaned.text
'The bridge will reopen in May, the city said.'
>>> cleaned.removed[0].kind
'donation'

See ``Cleaner`` for the options, ``Cleaner.clean_many`` for batches on several threads.
"""

from ._unappeal import KINDS, Cleaned, Cleaner, Removal, UnappealError, __version__

__all__ = ["Cleaner", "Cleaned", "Removal", "UnappealError", "KINDS", "__version__"]
