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
