"""Date and number formats for the languages Django ships none for (FORMAT_MODULE_PATH).

Urdu and Pashto write a date as day, month name, year ("1 فبروري 2027"), which reads in the
right order in a right-to-left page, and times on the 24-hour clock, in Western digits.
"""
