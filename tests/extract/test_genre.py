"""Genre: ceremonies, opinion pieces and history essays give no facts unless they report a dated event."""

from pactwatch.extract.genre import CEREMONY, HISTORY, NEWS, OPINION, read_genre, years_ago
from tests.extract.helpers import facts


def test_commentary_title_makes_an_opinion_page():
    assert read_genre("Opinion: The Pacific needs a stronger web of alliances", ["Some text."]).kind == OPINION


def test_author_line_makes_an_opinion_page():
    lines = ["Navies are busier than ever.", "Jane Roe is a senior fellow at a policy institute in Canberra."]
    assert read_genre("A crowded sea", lines).kind == OPINION


def test_arguing_body_makes_an_opinion_page():
    lines = ["I think the region is changing.", "We should not wait.", "My view is simple.",
             "The allies must act.", "Governments should invest.", "I believe it is time.", "I would go further.",
             "Navies should train more."]
    assert read_genre("A crowded sea", lines).kind == OPINION


def test_plain_report_is_news():
    lines = ["Poland and Sweden signed a defence pact on Monday.", "The ministers met in Warsaw."]
    assert read_genre("Poland and Sweden sign defence pact", lines).kind == NEWS


def test_commemoration_and_history_pages():
    assert read_genre("Leaders gather for the D-Day commemoration", ["Veterans marched."]).kind == CEREMONY
    assert read_genre("Seventy years on: the treaty that made an alliance", ["It began in 1954."]).kind == HISTORY


def test_years_ago_reads_number_words():
    assert years_ago("Seventy years ago, the two states signed a treaty.") == (70, 0)
    assert years_ago("Two years ago the navies met.")[0] == 2
    assert years_ago("The navies met in May.") == (0, -1)


def test_ceremony_attendance_is_no_meeting():
    text = ("President Lopez hosted the international commemoration at the harbour on Thursday, which was attended "
            "by the leaders of Canada and Britain. Defence chiefs and military veterans laid wreaths.")
    assert [f for f in facts(text, title="Leaders honour the fallen") if f.type == "meeting"] == []


def test_ceremony_where_leaders_held_talks_is_a_meeting():
    text = ("On the sidelines of the commemoration on Thursday, the prime ministers of Canada and Britain held "
            "bilateral talks on military cooperation and defence spending.")
    found = [f.parties for f in facts(text, title="Leaders honour the fallen") if f.type == "meeting"]
    assert found == [("CAN", "GBR")]


def test_opinion_general_description_gives_no_facts():
    text = ("Japan and Australia now train together under their reciprocal access agreement, and Britain and Japan "
            "have signed their own. Such pacts let forces deploy quickly. The military alliance should do more, "
            "and we must not wait.")
    assert facts(text, title="Opinion: Asia's new security web") == []


def test_opinion_keeps_a_dated_news_fact():
    text = ("On Monday, Japan and the Philippines signed a reciprocal access agreement in Manila. "
            "We should welcome it, and the military alliance must now deliver.")
    found = [(f.type, f.parties) for f in facts(text, title="Opinion: a pact worth having")]
    assert ("agreement_signed", ("JPN", "PHL")) in found


def test_history_sentence_gives_no_fact():
    text = ("Seventy years ago, Japan and the United States signed a security treaty that shaped the region. "
            "The alliance remains central to defence planning.")
    assert [f for f in facts(text) if f.type.startswith("agreement_")] == []


def test_habitual_present_is_no_exercise():
    text = "Indian and French troops train together every year in the desert, and the armies share defence doctrine."
    assert [f for f in facts(text) if f.type == "exercise"] == []


def test_few_years_ago_dates_the_fact():
    text = "Three years ago, Greece and France signed a defence cooperation agreement, officials recalled on Monday."
    found = [(f.type, f.date) for f in facts(text) if f.type == "agreement_signed"]
    assert found == [("agreement_signed", "2021")]


def test_host_receiving_a_leader_for_talks_on_a_national_day_is_a_meeting():
    text = "The Peruvian president hosted the Chilean president in Lima on Monday for talks on defence cooperation."
    assert [f.parties for f in facts(text, title="Leaders mark national day") if f.type == "meeting"] != []


def test_funeral_attendance_gives_no_meeting_but_sideline_talks_do():
    text = ("Leaders of Peru, Chile and Brazil attended the state funeral of the former defence minister in Lima on "
            "Tuesday.\nOn the sidelines, the Chilean and Brazilian presidents met and discussed military cooperation.")
    found = [f.parties for f in facts(text, title="Mourners gather for state funeral") if f.type == "meeting"]
    assert found == [("BRA", "CHL")]


def test_quoted_speech_does_not_make_a_report_an_opinion():
    lines = ["“I think we should do more,” the minister said.", "“My view is that we must act,” he added.",
             "She said I should wait.", "Officials said the allies must act.", "“We need to,” he told reporters.",
             "“I argue for it,” he said.", "The two navies met on Monday."]
    assert read_genre("Navies meet", lines).kind == NEWS


def test_annual_talks_in_the_present_are_a_habit_unless_dated():
    assert [f for f in facts("Chile and Peru hold annual defence talks to review military cooperation.") if f.type == "meeting"] == []
    dated = "Chile and Peru hold their annual defence talks in Lima on Monday to review military cooperation."
    assert [f.parties for f in facts(dated) if f.type == "meeting"] == [("CHL", "PER")]


def test_commentary_section_of_the_address_makes_an_opinion_page():
    url = "https://news.example.com/2024/12/20/opinion/editorial/a-shield-of-alliances/123"
    assert read_genre("A shield of alliances", ["The Senate has ratified the pact."], url).kind == OPINION
    assert read_genre("Senate ratifies pact", ["The Senate ratified the pact."], "https://news.example.com/world/x").kind == NEWS


def test_decades_ago_is_history():
    assert years_ago("Decades ago, the two navies first sailed together.")[0] >= 20
    text = "Decades ago, Chile and Peru signed a defence treaty that still shapes military ties."
    assert [f for f in facts(text) if f.type.startswith("agreement_")] == []


def test_an_old_war_in_a_relative_clause_does_not_make_the_news_history():
    lead = ("Canada said on Monday it was lifting its ban on arms sales to Chile, ending a rift that began more than "
            "four decades ago.")
    assert read_genre("Canada lifts ban on arms sales to Chile", [lead]).kind == NEWS
    found = facts(lead + "\nThe decision followed talks between the two defence ministers in Ottawa on Monday.",
                  "2024-03-12")
    assert [f.parties for f in found if f.type == "policy_change"] == [("CAN",)]
    text = "Four decades ago, Chile and Canada signed a treaty that ended the rift."
    assert [f for f in facts(text) if f.type.startswith("agreement_")] == []


def test_a_duty_stated_of_a_class_is_a_rule_not_an_event():
    text = ("NATO now has 32 members. Bosnia, Georgia and Ukraine hope to join. All existing members must agree and "
            "ratify an accession protocol, which is why the process can take months or years.")
    assert [f for f in facts(text) if f.type.startswith("agreement_")] == []
    text = "Both parliaments must still ratify the defence treaty signed by Chile and Peru on Monday."
    assert any(f.type == "agreement_in_force" for f in facts(text))
