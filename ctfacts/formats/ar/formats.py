# Arabic as Moroccan outlets print it: Latin digits, day month year, the Arabic comma before the time.
DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y، H:i T"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i T"
TIME_FORMAT = "H:i T"
FIRST_DAY_OF_WEEK = 1
DATE_INPUT_FORMATS = ["%Y-%m-%d", "%d/%m/%Y"]
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "\u202f"  # a narrow no-break space: 1 357
NUMBER_GROUPING = 3
