"""Albanian wording for the strings added by the dataset's truth pass (titles that take no side on the dates,
the event view). Read by fill_sq.py with every other sq_*.py."""

SQ = {
    "Congress of Përmet (May 1944)": "Kongresi i Përmetit (maj 1944)",
    "An offline atlas of the Congress of Përmet, May 1944.": "Një atlas pa internet i Kongresit të Përmetit, maj 1944.",
    "the date": "datën",
    "event": "ngjarje",
    "who created it": "se kush e krijoi",
    "who was represented": "se kush ishte i përfaqësuar",
    "the year of birth": "vitin e lindjes",
    "the year of death": "vitin e vdekjes",
    "the office held": "detyrën që mbante",
    "one wording, repeated by {n} sources": "një formulim, i përsëritur nga {n} burime",
}
