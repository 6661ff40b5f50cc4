"""Joint programmes: known names with their partners, and 'joint development of X' phrases."""

from tests.extract.helpers import facts, of_type


def programmes(text: str):
    return sorted((f.programme, f.parties) for f in of_type(facts(text, "2024-07-01"), "joint_programme"))


def test_known_programme_takes_its_partners():
    assert programmes("Japan's share of the GCAP fighter programme will grow, the ministry said.") == [
        ("GCAP", ("GBR", "ITA", "JPN"))]


def test_named_activity_becomes_a_programme():
    got = programmes("Sweden and Finland agreed on the joint development of a new armoured vehicle for their armies.")
    assert got == [("armoured vehicle", ("FIN", "SWE"))]


def test_research_and_maintenance_keep_their_activity():
    text = ("Australian and Japanese engineers started cooperative research on underwater acoustics, "
            "and the maintenance of Australian frigates by Japanese yards is under study.")
    names = [n for n, _ in programmes(text)]
    assert "underwater acoustics research" in names


def test_jointly_developing_a_named_system():
    assert programmes("Pakistan and China are jointly developing the JF-17 fighter.") == [("JF-17 fighter", ("CHN", "PAK"))]


def _programmes(text: str, published: str = "2024-03-15"):
    return sorted((f.parties, f.programme, f.status) for f in facts(text, published) if f.type == "joint_programme")


def test_verbs_that_govern_the_system_directly():
    text = """
    Canada and Germany will co-develop long-range air defence radars, the two defence ministers said.
    Italy and Spain agreed to jointly produce Leonardo's M-346 trainers for their air forces.
    """
    assert _programmes(text) == [(("CAN", "DEU"), "long-range air defence radars", "planned"),
                                 (("ESP", "ITA"), "M-346 trainers", "planned")]


def test_design_and_construction_and_develop_together():
    text = """
    Norway and Poland will cooperate on the design and construction of the next-generation corvette.
    Sweden and Finland plan to develop an unmanned ground vehicle together, the defence ministers said.
    """
    assert _programmes(text) == [(("FIN", "SWE"), "unmanned ground vehicle", "planned"),
                                 (("NOR", "POL"), "next-generation corvette", "planned")]


def test_a_bare_verb_without_joint_work_is_not_a_programme():
    text = "Poland will develop its army quickly, the defence minister said, as Germany watched."
    assert _programmes(text) == []


def test_firms_only_take_the_programme_partners():
    text = "GE and HAL will jointly produce F414 engines for India's light combat aircraft."
    assert _programmes(text) == [(("IND", "USA"), "F414 engine", "planned")]


def test_a_document_made_together_is_no_programme():
    text = "Poland and Germany will jointly produce a report on defence exports, the ministers said."
    assert _programmes(text) == []


def test_coordinated_verbs_and_working_together():
    text = """
    Sweden and Norway agreed to jointly develop and produce a new anti-ship missile.
    Canada and Australia will work together to develop undersea sensors, the defence ministers said.
    """
    assert _programmes(text) == [(("AUS", "CAN"), "undersea sensors", "planned"),
                                 (("NOR", "SWE"), "anti-ship missile", "planned")]


def test_a_relation_developed_together_is_no_programme():
    text = """
    Japan and India will develop closer ties together, the defence ministers said.
    Britain and Italy will work together to develop a common approach to maritime security.
    """
    assert _programmes(text) == []
