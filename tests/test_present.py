from sitroom.present import number_text, toll_text


def test_present_toll_shows_the_range_only_when_sources_disagree() -> None:
    assert toll_text({"killed_best": 9, "killed_low": 7, "killed_high": 9}) == "9 (7–9)"
    assert toll_text({"killed_best": 7, "killed_low": 7, "killed_high": 7}) == "7"
    assert toll_text({"wounded_best": 3, "wounded_low": 3, "wounded_high": 5}, "wounded") == "3 (3–5)"
    assert toll_text({"killed_best": None}) == ""


def test_present_numbers_keep_decimals_only_where_there_are_any() -> None:
    assert [number_text(v) for v in (56000, 56000.0, 2.5, None)] == ["56,000", "56,000", "2.50", "-"]
