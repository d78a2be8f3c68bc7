"""Self-check of scripts/prepare-anct and of its committed output.

Run from the repository root:  python3 -m unittest discover -s scripts -p 'test_*.py'

Every expectation is recomputed from the raw ANCT file with the standard
library (regular expressions, html.unescape), never with the script's own
functions: the script is only run, as a user runs it, in a subprocess.
"""

import collections
import hashlib
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRIPT = os.path.join(ROOT, "scripts", "prepare-anct")
FOLDER = os.path.join(ROOT, "ref", "anct")
SOURCE = os.path.join(FOLDER, "fabriques-de-territoire-2024-01.geojson")
OUTPUT = os.path.join(FOLDER, "fabriques-par-fabrique.geojson")
SOURCE_SHA256 = "fb3ad36a1fa13ae9630b985817bcbec13ebdcb0dc5f6830ca6f911c1943bf51f"
CITATION = "ANCT — liste des Fabriques de Territoire, janvier 2024, Licence Ouverte 2.0"


def run(*args):
    return subprocess.run([sys.executable, SCRIPT, *args], capture_output=True, text=True, check=False)


def folded(text):
    """Case- and whitespace-insensitive form, entities decoded."""
    return " ".join(html.unescape(text).split()).casefold()


def departement(code):
    return code[:3] if code.startswith("97") else code[:2]


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


class Raw:
    """The raw ANCT file, read independently of the script."""

    features = load(SOURCE)["features"]
    # anct id -> the raw feature (commune) that lists it; ids found by regex,
    # not by splitting on "; ".
    by_anct = {}
    for feature in features:
        for anct in re.findall(r"fabt-[0-9]+", feature["properties"]["id_territoire"]):
            by_anct[anct] = feature


class CommittedOutput(unittest.TestCase):
    output = load(OUTPUT)
    features = output["features"]
    props = [f["properties"] for f in features]
    by_anct = {p["anct"]: p for p in props}

    def test_the_source_is_the_published_file(self):
        with open(SOURCE, "rb") as f:
            self.assertEqual(hashlib.sha256(f.read()).hexdigest(), SOURCE_SHA256)

    def test_one_feature_per_fabrique(self):
        self.assertEqual(self.output["type"], "FeatureCollection")
        self.assertEqual(len(Raw.features), 342)
        self.assertEqual(len(self.features), 382)
        self.assertEqual(len(Raw.by_anct), 382)
        self.assertEqual(set(self.by_anct), set(Raw.by_anct))

    def test_ids_and_anct_ids_are_unique_slugs(self):
        ids = [p["id"] for p in self.props]
        self.assertEqual(len(set(ids)), len(ids))
        self.assertEqual(len(set(self.by_anct)), len(self.props))
        for record_id in ids:
            self.assertRegex(record_id, r"^[a-z0-9]+(-[a-z0-9]+)*$")

    def test_counts_per_departement_match_the_raw_file(self):
        expected = collections.Counter()
        for feature in Raw.features:
            code = feature["properties"]["id_geo"]
            expected[departement(code)] += len(re.findall(r"fabt-[0-9]+", feature["properties"]["id_territoire"]))
        got = collections.Counter(departement(p["code_insee"]) for p in self.props)
        self.assertEqual(got, expected)
        self.assertEqual(got["2A"] + got["2B"], 4)
        self.assertEqual(got["978"], 1)

    def test_every_nom_is_in_the_source_text_of_its_fabrique(self):
        for p in self.props:
            source = folded(Raw.by_anct[p["anct"]]["properties"]["lib_territoire"])
            self.assertIn(folded(p["nom"]), source, p["anct"])
            self.assertEqual(p["nom"], " ".join(p["nom"].split()), p["anct"])
            if "description" in p:
                self.assertIn(folded(p["description"]), source, p["anct"])
                self.assertNotEqual(p["description"], p["nom"], p["anct"])

    def test_no_html_entity_is_left(self):
        raw_with_entities = [a for a, f in Raw.by_anct.items() if "&amp;" in f["properties"]["lib_territoire"]]
        self.assertEqual(sorted(raw_with_entities), ["fabt-194", "fabt-210", "fabt-291"])
        for p in self.props:
            for key in ("nom", "description"):
                self.assertNotRegex(p.get(key, ""), r"&[A-Za-z]+;|&#[0-9]+;", p["anct"])
        self.assertIn("Nom du porteur administratif : Vert&Co", self.by_anct["fabt-291"]["description"])

    def test_brest_and_toucy_keep_their_whole_text(self):
        for anct, commune, cut in (
            ("fabt-194", "Brest", "Les Petits Débrouillards de Bretagne & Les Fabriques du Ponant"),
            ("fabt-210", "Toucy", "Ressources & Compétences"),
        ):
            raw = Raw.by_anct[anct]["properties"]
            self.assertEqual(raw["id_territoire"], anct)
            self.assertEqual(len(raw["lib_territoire"].split("; ")), 2, "the source still has the cut")
            p = self.by_anct[anct]
            self.assertEqual(p["commune"], commune)
            self.assertIn(cut, p["description"])
            self.assertEqual(folded(p["description"]), folded(raw["lib_territoire"]))
        self.assertEqual(self.by_anct["fabt-194"]["nom"], "Le Lieu-Dit")

    def test_whitespace_and_line_breaks(self):
        for p in self.props:
            self.assertNotIn("\r", p["nom"] + p.get("description", ""))
            self.assertNotIn("\n", p["nom"])
        self.assertEqual(self.by_anct["fabt-301"]["nom"], "L'imprimerie")
        self.assertEqual(
            self.by_anct["fabt-301"]["description"], "Tiers-Lieu culturel : L'imprimerie.\nPorté par Domb'Innov / L'Exprimerie"
        )
        # "Tiers- lieu  Le Pré Vert": runs of spaces collapsed in the description.
        self.assertNotIn("  ", self.by_anct["fabt-355"]["description"])

    def test_communes_and_points(self):
        for p, feature in zip(self.props, self.features):
            raw = Raw.by_anct[p["anct"]]
            raw_props = raw["properties"]
            self.assertEqual(p["source"], CITATION)
            if raw["geometry"]["type"] == "Point":
                self.assertEqual(feature["geometry"], raw["geometry"], p["anct"])
                self.assertEqual(p["precision_point"], "commune", p["anct"])
            else:
                self.assertIsNone(feature["geometry"], p["anct"])
                self.assertNotIn("precision_point", p)
            if raw_props["id_geo"] in ("97801", "49069"):
                self.assertIn("note_commune", p)
            else:
                self.assertEqual((p["code_insee"], p["commune"]), (raw_props["id_geo"], raw_props["lib_geo"]), p["anct"])
        self.assertEqual((self.by_anct["fabt-364"]["code_insee"], self.by_anct["fabt-364"]["commune"]), ("97801", "Saint-Martin"))
        self.assertEqual(self.by_anct["fabt-379"]["code_insee"], "49126")

    def test_the_register_records_keep_their_ids(self):
        expected = {
            "fabt-59": ("lab01", "LAB 01", "01004", "Ambérieu-en-Bugey"),
            "fabt-40": ("la-dynamo", "La Dynamo", "73065", "Chambéry"),
            "fabt-155": ("monscobar", "MONSCOBAR", "59512", "Roubaix"),
        }
        for anct, values in expected.items():
            p = self.by_anct[anct]
            self.assertEqual((p["id"], p["nom"], p["code_insee"], p["commune"]), values)
            self.assertTrue(os.path.exists(os.path.join(ROOT, "data", p["id"] + ".toml")))

    def test_same_name_in_two_communes_gets_the_commune(self):
        self.assertEqual(self.by_anct["fabt-22"]["id"], "la-machinerie")
        self.assertEqual(self.by_anct["fabt-43"]["id"], "la-machinerie-amiens")

    def test_sorted_by_anct_number(self):
        numbers = [int(p["anct"].split("-")[1]) for p in self.props]
        self.assertEqual(numbers, sorted(numbers))


class Runs(unittest.TestCase):
    def test_deterministic_idempotent_and_up_to_date(self):
        with tempfile.TemporaryDirectory() as tmp:
            first, second = os.path.join(tmp, "a.geojson"), os.path.join(tmp, "b.geojson")
            self.assertEqual(run("--sortie", first).returncode, 0)
            self.assertEqual(run("--sortie", second).returncode, 0)
            before = os.stat(first).st_mtime_ns
            again = run("--sortie", first)
            self.assertEqual(again.returncode, 0, again.stderr)
            self.assertIn("inchangé", again.stderr)
            self.assertEqual(os.stat(first).st_mtime_ns, before)
            with open(first, "rb") as a, open(second, "rb") as b, open(OUTPUT, "rb") as committed:
                data = a.read()
                self.assertEqual(data, b.read())
                self.assertEqual(data, committed.read(), "run scripts/prepare-anct and commit its output")
        check = run("--check")
        self.assertEqual(check.returncode, 0, check.stderr)


class Failures(unittest.TestCase):
    """The script refuses inputs it cannot prepare faithfully, and writes nothing."""

    def setUp(self):
        self.tmp = tempfile.mkdtemp()
        self.folder = os.path.join(self.tmp, "anct")
        shutil.copytree(FOLDER, self.folder)
        self.output = os.path.join(self.folder, "fabriques-par-fabrique.geojson")
        os.unlink(self.output)

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def edit_source(self, change):
        """Applies `change` to the source's features and re-records its sha256."""
        path = os.path.join(self.folder, "fabriques-de-territoire-2024-01.geojson")
        collection = load(path)
        change(collection["features"])
        data = json.dumps(collection, ensure_ascii=False).encode("utf-8")
        with open(path, "wb") as f:
            f.write(data)
        edition = os.path.join(self.folder, "edition.tsv")
        with open(edition, encoding="utf-8") as f:
            text = f.read().replace(SOURCE_SHA256, hashlib.sha256(data).hexdigest())
        with open(edition, "w", encoding="utf-8") as f:
            f.write(text)

    def prepare(self):
        result = run("--dossier", self.folder)
        self.assertFalse(os.path.exists(self.output), "nothing is written on failure")
        return result

    def feature(self, features, anct):
        return next(f for f in features if anct in re.findall(r"fabt-[0-9]+", f["properties"]["id_territoire"]))

    def test_copy_prepares_like_the_repository(self):
        result = self.prepare_ok()
        with open(OUTPUT, "rb") as committed:
            self.assertEqual(result, committed.read())

    def prepare_ok(self):
        result = run("--dossier", self.folder)
        self.assertEqual(result.returncode, 0, result.stderr)
        with open(self.output, "rb") as f:
            return f.read()

    def test_a_new_odd_name_without_decision_fails(self):
        def change(features):
            features[0]["properties"]["id_territoire"] += "; fabt-999"
            features[0]["properties"]["lib_territoire"] += "; Le Nouveau Lieu, porté par l'association X"
        self.edit_source(change)
        with open(os.path.join(self.folder, "edition.tsv"), encoding="utf-8") as f:
            text = f.read().replace("fabriques\t382", "fabriques\t383")
        with open(os.path.join(self.folder, "edition.tsv"), "w", encoding="utf-8") as f:
            f.write(text)
        result = self.prepare()
        self.assertEqual(result.returncode, 1)
        self.assertIn("fabt-999 : nom à revoir", result.stderr)
        self.assertIn("ajouter à noms.tsv : fabt-999\t", result.stderr)

    def test_a_changed_text_invalidates_its_decision(self):
        def change(features):
            p = self.feature(features, "fabt-301")["properties"]
            p["lib_territoire"] = p["lib_territoire"].replace("L'imprimerie", "L'Imprimerie")
        self.edit_source(change)
        result = self.prepare()
        self.assertEqual(result.returncode, 1)
        self.assertIn("fabt-301 : le texte source a changé depuis la décision", result.stderr)

    def test_the_split_fix_is_required(self):
        with open(os.path.join(self.folder, "decoupage.tsv"), "w", encoding="utf-8") as f:
            f.write("# anct\tmorceaux\trejoindre\traison\n")
        result = self.prepare()
        self.assertEqual(result.returncode, 1)
        self.assertIn("29019 Brest, fabt-194) : 1 ids mais 2 noms", result.stderr)
        self.assertIn("89419 Toucy, fabt-210) : 1 ids mais 2 noms", result.stderr)

    def test_a_duplicated_anct_id_fails(self):
        def change(features):
            features[1]["properties"]["id_territoire"] = features[0]["properties"]["id_territoire"]
        self.edit_source(change)
        result = self.prepare()
        self.assertEqual(result.returncode, 1)
        self.assertIn("id ANCT en double", result.stderr)

    def test_a_count_that_differs_from_the_edition_fails(self):
        def change(features):
            del features[0]
        self.edit_source(change)
        result = self.prepare()
        self.assertEqual(result.returncode, 1)
        self.assertIn("381 fabriques dans la source, edition.tsv en annonce 382", result.stderr)

    def test_a_different_source_file_fails(self):
        with open(os.path.join(self.folder, "fabriques-de-territoire-2024-01.geojson"), "ab") as f:
            f.write(b"\n")
        result = self.prepare()
        self.assertEqual(result.returncode, 1)
        self.assertIn("edition.tsv attend " + SOURCE_SHA256, result.stderr)

    def test_a_nom_not_in_the_source_fails(self):
        path = os.path.join(self.folder, "noms.tsv")
        with open(path, encoding="utf-8") as f:
            text = f.read().replace("fabt-301\tL'imprimerie\t", "fabt-301\tL'Imprimerie culturelle\t")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        result = self.prepare()
        self.assertEqual(result.returncode, 1)
        self.assertIn("« L'Imprimerie culturelle » n'est pas dans le texte source de fabt-301", result.stderr)

    def test_an_unknown_commune_fails(self):
        with open(os.path.join(self.folder, "communes.tsv"), "w", encoding="utf-8") as f:
            f.write("# code_insee_source\tcommune_source\tcode_insee\tcommune\traison\n")
        result = self.prepare()
        self.assertEqual(result.returncode, 1)
        self.assertIn("commune « NA » (97801)", result.stderr)
        self.assertIn("49069 est un ancien code de Orée d'Anjou (49126)", result.stderr)


if __name__ == "__main__":
    unittest.main()
