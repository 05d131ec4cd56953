"""Particle verbs (vocab.particles): split, joined, and prepositions that are no particles,
on sentences written for these tests."""

import pytest

from vocab import analyse


def tok(sentence, word, nth=0):
    hits = [t for t in analyse(sentence).tokens() if t.text == word]
    return hits[nth]


def pair_of(sentence, word, a=None):
    a = a or analyse(sentence)
    for s in a.sentences:
        for t in s.tokens:
            if t.text == word:
                return t, (s.tokens[t.pair] if t.pair is not None else None)
    raise AssertionError(word)


@pytest.mark.parametrize(
    "sentence, verb, particle, lemma",
    [
        ("Hij belde zijn moeder gisteren op.", "belde", "op", "opbellen"),
        ("ISIS-K dook voor het eerst op in 2015.", "dook", "op", "opduiken"),
        ("Ze voerden de aanslagen in april van dat jaar uit.", "voerden", "uit", "uitvoeren"),
        ("De vergadering vindt morgen in Utrecht plaats.", "vindt", "plaats", "plaatsvinden"),
        ("Bel me morgen even op!", "Bel", "op", "opbellen"),
        ("Ze nam niet aan de wedstrijd deel.", "nam", "deel", "deelnemen"),
        ("Hij voegde er nog iets aan toe.", "voegde", "toe", "toevoegen"),
        ("Ik probeerde hem op te bellen.", "bellen", "op", "opbellen"),
        ("Het is moeilijk om dat aan te tonen.", "tonen", "aan", "aantonen"),
        ("Ik hoop dat hij me morgen op zal bellen.", "bellen", "op", "opbellen"),
        # brackets inside the clause, a possessive zijn, te + a modal, a stem before its subject
        ("Ze richtten met Anna de Stichting (STS) op.", "richtten", "op", "oprichten"),
        ("Hij richtte er zijn eerste atelier in.", "richtte", "in", "inrichten"),
        ("Het is lastig om een stuk af te kunnen snijden.", "snijden", "af", "afsnijden"),
        ("Neem jij het van mij over?", "Neem", "over", "overnemen"),
        ("Neem het boek mee!", "Neem", "mee", "meenemen"),
        ("De uitslag viel tegen - niemand had dat verwacht.", "viel", "tegen", "tegenvallen"),
        ("Tom trok zijn nieuwe schoenen aan.", "trok", "aan", "aantrekken"),
    ],
)
def test_separated_particle_verbs(sentence, verb, particle, lemma):
    a = analyse(sentence)
    v, other = pair_of(sentence, verb, a)
    assert v.lemma == lemma
    assert other is not None and other.text == particle and other.lemma == lemma
    # the two halves point to each other
    _p, back = pair_of(sentence, particle, a)
    assert back is v


@pytest.mark.parametrize(
    "sentence, word, lemma",
    [
        ("Omdat hij zijn moeder opbelde, was ze blij.", "opbelde", "opbellen"),
        ("Ik heb hem gisteren opgebeld.", "opgebeld", "opbellen"),
        ("Ze hebben 77 aanvallen uitgevoerd.", "uitgevoerd", "uitvoeren"),
        ("Het aantal opgeëiste aanvallen steeg.", "opgeëiste", "opeisen"),
        ("De aanvallen werden aan ISIS-K toegeschreven.", "toegeschreven", "toeschrijven"),
        ("Dat zij autonoom optreden, is bekend.", "optreden", "optreden"),
    ],
)
def test_joined_particle_verb_forms(sentence, word, lemma):
    assert tok(sentence, word).lemma == lemma


@pytest.mark.parametrize(
    "sentence, word, lemma",
    [
        ("Ze komt uit Nederland.", "komt", "komen"),
        ("Hij keek naar de foto's op het bureau.", "keek", "kijken"),
        ("Het boek ligt op tafel.", "ligt", "liggen"),
        ("Ze werkt sinds maart voor een grote bank.", "werkt", "werken"),
        ("Hij gaat om acht uur naar zijn werk om geld te verdienen.", "gaat", "gaan"),
    ],
)
def test_prepositions_with_an_object_are_not_particles(sentence, word, lemma):
    t, other = pair_of(sentence, word)
    assert t.lemma == lemma and other is None


@pytest.mark.parametrize(
    "sentence, verb, particle, lemma",
    [
        # ik + stem, questions, imperatives, objects and adverbs between the halves
        ("Ik vul het formulier vanavond in.", "vul", "in", "invullen"),
        ("Ik neem een paraplu mee.", "neem", "mee", "meenemen"),
        ("Ik ruim mijn kamer op.", "ruim", "op", "opruimen"),
        ("Ik nodig mijn buren uit voor een feestje.", "nodig", "uit", "uitnodigen"),
        ("Nodig je hem ook uit?", "Nodig", "uit", "uitnodigen"),
        ("Kijk uit!", "Kijk", "uit", "uitkijken"),
        ("Wanneer kom je terug?", "kom", "terug", "terugkomen"),
        ("Maak een lijst, gooi spullen weg.", "gooi", "weg", "weggooien"),
        ("Vergeet niet het formulier in te vullen.", "vullen", "in", "invullen"),
        ("Zet de televisie even uit als je weggaat.", "Zet", "uit", "uitzetten"),
        # a relative pronoun after the particle opens a clause of its own
        ("We haalden de kinderen op die al klaar stonden.", "haalden", "op", "ophalen"),
        # a present participle before its noun is no verb for the particle (komend weekend)
        ("Ik doe komend weekend mee aan de loop.", "doe", "mee", "meedoen"),
    ],
)
def test_particle_verbs_in_everyday_sentences(sentence, verb, particle, lemma):
    v = assert_joined(sentence, verb, particle, lemma)
    assert v.pos == "VERB"


def assert_joined(sentence, verb, particle, lemma):
    """*verb* and *particle* of *sentence* joined as *lemma*, the particle tagged PART;
    returns the verb's token."""
    v, other = pair_of(sentence, verb)
    assert v.lemma == lemma and other is not None and other.text == particle
    assert other.pos == "PART"
    return v


@pytest.mark.parametrize(
    "sentence, word",
    [
        ("Hij ging naar Schiphol om te vliegen.", "om"),
        ("Ze gaf duidelijkheid over hoe het verder moest.", "over"),
        ("Op welke dag kom je?", "Op"),
        ("Ik woon bij mijn ouders.", "bij"),
        ("Waar wacht je op?", "op"),  # opwachten exists, but wachten takes op
        ("Ik denk er niet aan.", "aan"),
        ("Hij zegt dat hij het goed zal doen.", "goed"),
        # a demonstrative before a noun is its determiner, not a relative pronoun
        ("De dokter gaf veel uitleg over die ziekte.", "over"),
        ("Ze maakte een grap over dit boek.", "over"),
    ],
)
def test_words_that_are_no_particles_here(sentence, word):
    t, other = pair_of(sentence, word)
    assert other is None and t.pos != "PART"


def test_no_particle_verb_when_the_joined_verb_does_not_exist():
    # "voor" at the end: *voorzijn* is not a verb
    t, other = pair_of("Dat was lang geleden en nu is het voor.", "is")
    assert other is None and t.lemma == "zijn"




# --- Which verb a particle belongs to: te-clauses, R-pronouns, clause boundaries

@pytest.mark.parametrize(
    "sentence, verb, particle, lemma",
    [
        # te right after the particle: the verb after it, else the earlier verb (no om-clause)
        ("Ik raad je aan te stoppen met roken.", "raad", "aan", "aanraden"),
        # an R-pronoun with another stranded preposition to own leaves the particle alone
        ("Ik kijk er erg naar uit.", "kijk", "uit", "uitkijken"),
        ("Ze kijkt er naar uit.", "kijkt", "uit", "uitkijken"),  # naar right before uit
        # a te-infinitive's particle right after om stays its particle
        ("Heb je nog zin om mee te doen?", "doen", "mee", "meedoen"),
        ("Daar heb ik veel geld voor over.", "heb", "over", "overhebben"),
        # er and hier leave an established particle verb its particle
        ("Jullie zien er allebei moe uit.", "zien", "uit", "uitzien"),
        ("Er doen dit jaar twaalf teams mee.", "doen", "mee", "meedoen"),
        ("Op deze halte stappen er vaak veel kinderen in.", "stappen", "in", "instappen"),
        # waar + adjective is an elliptic clause ("where necessary"), no R-pronoun
        ("Ze past de tekst waar nodig aan.", "past", "aan", "aanpassen"),
        # a subordinating conjunction with no verb after it opens no clause (min of meer)
        ("Onze meningen kwamen min of meer overeen.", "kwamen", "overeen", "overeenkomen"),
        # after ", dus" a main clause of its own begins: its imperative is the verb
        ("Het kan vannacht vriezen, dus pas op.", "pas", "op", "oppassen"),
        # zonder already opens the te-clause: om before te is the particle
        ("Hij liep weg zonder om te kijken.", "kijken", "om", "omkijken"),
        # a preposition right after the particle is a phrase of its own, tot too
        ("De vergadering ging door tot middernacht.", "ging", "door", "doorgaan"),
        # an adverb or adjective particle before te (the tagger's tag aside)
        ("Ik probeer me met mijn werk bezig te houden.", "houden", "bezig", "bezighouden"),
        # a particle verb neither our lexicon nor simplemma has, that texts use (its
        # participle ineengeslagen); ineen is a particle only
        ("De spelers sloegen de handen ineen.", "sloegen", "ineen", "ineenslaan"),
        # an infinitive after an article is a noun, not the verb (teruglezen)
        ("Breng de boeken na het lezen terug.", "Breng", "terug", "terugbrengen"),
        # a stem of two infinitives: the particle verb written most (uitloggen, not uitlogen)
        ("Ik log nu uit.", "log", "uit", "uitloggen"),
        # samen met + a phrase that ends the clause: the particle, met its verb's
        ("Anna woont al twee jaar samen met haar vriend.", "woont", "samen", "samenwonen"),
        # tot nu toe is no particle: the verb's own particle is the last toe
        ("Tot nu toe liet de club geen publiek toe.", "liet", "toe", "toelaten"),
        # the particle before the object of a te-infinitive (no preposition's object)
        ("De dokter raadde mijn vader aan een specialist te bellen.", "raadde", "aan", "aanraden"),
        ("De directeur droeg haar op een nieuw rooster te maken.", "droeg", "op", "opdragen"),
        ("De burgemeester riep de inwoners op zich te laten testen.", "riep", "op", "oproepen"),
        ("Ze raadde hem aan een advocaat in te schakelen.", "raadde", "aan", "aanraden"),
    ],
)
def test_particle_verbs_across_clauses(sentence, verb, particle, lemma):
    assert_joined(sentence, verb, particle, lemma)  # (the verb may be an auxiliary's form: heb)


@pytest.mark.parametrize(
    "sentence, word",
    [
        # inside an om-te clause the particle joins the te-verb or none (not inmaken)
        ("Opa maakte een kistje om zijn gereedschap in te bewaren.", "in"),
        # daar, waar, ergens own their preposition; a verb's fixed preposition (letten op)
        ("Daar past alles in.", "in"),
        ("Dit is het bed waar mijn opa altijd in sliep.", "in"),
        ("Kan ik u ergens mee helpen?", "mee"),
        ("Waar moet je op letten bij een sollicitatie?", "op"),
        # a verb of position or placement takes a place: er + preposition is that place
        ("Er zit geen zout in.", "in"),
        ("Leg er nog een deken op.", "op"),
        # ... also across a comma between adjectives
        ("Dit is de boom waar grote, rode appels aan groeien.", "aan"),
        # a quoted title after a verb is the preposition's complement
        ('Het schilderij doet denken aan "De Nachtwacht" van Rembrandt.', "aan"),
        ("Hij zou zijn debuut maken in « Het grote avontuur ».", "in"),
        # a pronoun heading a relative clause is a complement (in dat wat)
        ("Ze zette al haar geld in dat wat ze het mooist vond.", "in"),
        # ten minste before a number: the preposition's complement
        ("Het concert werd bezocht door ten minste 500 mensen.", "door"),
        # samen met inside the clause or set off by commas: one preposition
        ("Hij ging samen met zijn vrouw naar Parijs.", "samen"),
        ("Morgen gaat Eva, samen met haar broer, naar Parijs.", "samen"),
        # tot nu toe: a circumposition around an adverb (the verb's particle comes later)
        ("Tot nu toe had de club geen publiek toegelaten.", "toe"),
        # ten onder: a fixed phrase, not the particle onder (ondergaan)
        ("Het bedrijf ging ten onder aan schulden.", "onder"),
        # a coordinated main clause with its own verb: not the verb of the clause before
        ("Hij werkt drie dagen per week en op vrijdag is hij thuis.", "thuis"),
        # om right before te opens the te-infinitive, whatever the tagger says
        ("Mijn oom rijdt naar Schiphol om te vliegen.", "om"),
        # naar/van + a particle word: the preposition's object, an adverb of place
        ("Het begon te regenen, dus we gingen snel naar binnen.", "binnen"),
        ("Na het eten liepen de kinderen weer naar buiten.", "buiten"),
        # a phrase before a te-infinitive: a place after a verb of what is going on, or
        # inside an om-te clause or another te-clause (opstaan, uithalen, inspelen are verbs)
        ("Mijn broer stond op een stoel te dansen.", "op"),
        ("Ze moesten winnen om niet uit de competitie te vallen.", "uit"),
        ("Hij besloot de held te spelen en zich in een kast te verstoppen.", "in"),
        # one noun phrase, then another: no object of the te-infinitive (not aanvragen)
        ("Ensor vraagt aan een schilder verf te maken.", "aan"),
    ],
)
def test_prepositions_that_are_not_the_particle_of_a_verb(sentence, word):
    _t, other = pair_of(sentence, word)
    assert other is None


def test_a_stranded_preposition_is_tagged_as_one():
    t, other = pair_of("Daar past alles in.", "in")
    assert other is None and t.pos == "ADP"
