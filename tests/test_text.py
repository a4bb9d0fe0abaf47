from app.model.text import fold, matches


def test_fold_strips_diacritics_and_case():
    assert fold("Këshilli Antifashist") == "keshilli antifashist"
    assert fold("KORÇA") == "korca"
    assert fold("  Malëshova\n") == "maleshova"
    assert fold(None) == ""


def test_matches_every_word_anywhere():
    assert matches("keshilli", "Kongresi zgjodhi Këshillin")
    assert matches("zog ban", "Ban ex-King Zog")
    assert not matches("zog treaty", "Ban ex-King Zog")
    assert matches("", "anything")


def test_matches_word_starts_not_inner_substrings():
    assert matches("kthimi", "Ndalimi i kthimit në Shqipëri")
    assert matches("zog", "ish-mbretit Ahmet Zogu")
    assert not matches("ban", "Albania")
