"""English NUMBER examples: (text, expected value, unit, approx).

Each text holds exactly one number claim, or none when the expected value is None. A value is
a number or {"min": .., "max": ..}. The unit is compared when it is not None.
"""

ROWS = [
    # digits in English format, scale words, units
    ("The bomb killed 247 people.", 247, "people", False),
    ("The state spent 1,234.5 dollars.", 1234.5, "USD", False),
    ("It led to a $107 million verdict.", 107_000_000, "USD", False),
    ("Revenue rose 3.5 percent.", 3.5, "%", False),
    ("Revenue rose 3.5 per cent.", 3.5, "%", False),
    ("The fund holds $1.2 billion.", 1_200_000_000, "USD", False),
    ("The company paid 2.5 million euros.", 2_500_000, "EUR", False),
    ("The 22-story building collapsed.", 22, None, False),
    ("The six-story house collapsed.", 6, None, False),
    ("Two-thirds of voters agreed.", 0.667, None, False),
    # number words
    ("Tanzania expelled five Iraqis.", 5, "Iraqis", False),
    ("Twenty-five people were hurt.", 25, "people", False),
    ("Two hundred and fifty people came.", 250, "people", False),
    ("The city has one million inhabitants.", 1_000_000, "inhabitants", False),
    ("The city has half a million inhabitants.", 500_000, "inhabitants", False),
    ("He bought a dozen eggs.", 12, "eggs", False),
    ("He called three times.", 3, "times", False),
    ("He called twice.", 2, "times", False),
    ("The rate stands at zero.", 0, None, False),
    # vague plurals and quantifiers
    ("Hundreds of people have been interviewed.", {"min": 200}, "people", False),
    ("Thousands rallied in Havana.", {"min": 2000}, None, False),
    ("Tens of thousands of people paid tribute.", {"min": 20000}, "people", False),
    ("Hundreds of thousands fled.", {"min": 200000}, None, False),
    ("Several hundred protesters gathered.", {"min": 200}, "protesters", False),
    ("The program cost millions.", {"min": 2_000_000}, None, False),
    # hedges and ranges
    ("The blast wounded more than 5,000 others.", {"min": 5000}, "others", False),
    ("The blast wounded about 70 others.", 70, "others", True),
    ("Up to 2,500 troops will be sent.", {"max": 2500}, "troops", False),
    ("Nearly 300 people died.", {"max": 300}, "people", True),
    ("At least 12 people died.", {"min": 12}, "people", False),
    ("Fewer than 20 people came.", {"max": 20}, "people", False),
    ("Prices rose between 10 and 20 percent.", {"min": 10, "max": 20}, "%", False),
    ("Prices rose 10 to 20 percent.", {"min": 10, "max": 20}, "%", False),
    ("Some 200 people gathered.", 200, "people", True),
    ("The index fell minus 0.4 percent.", -0.4, "%", False),
    ("Output doubled last year.", 2, None, False),
    # ages are numbers, durations are dates
    ("Elian, the 6-year-old boy, stayed.", 6, "years", False),
    ("The talks lasted three months.", None, None, False),
    ("The four-decade embargo continues.", None, None, False),
    # not numbers
    ("The G20 summit opened.", None, None, False),
    ("Covid-19 spread quickly.", None, None, False),
    ("On Aug. 7, the bomb went off.", None, None, False),
    ("The talks began in September 1998.", None, None, False),
    ("He arrived at 10:30.", None, None, False),
    ("He arrived at 3 p.m.", None, None, False),
    ("Here, no one gives up!", None, None, False),
    ("One of the suspects fled.", None, None, False),
    ("A man was arrested.", None, None, False),
    ("Several people were hurt.", None, None, False),
    ("The millionaire paid.", None, None, False),
    ("He was the first to arrive.", None, None, False),
    ("He lives at 12 Baker Street.", None, None, False),
    ("Read section 5 of the act.", None, None, False),
]
