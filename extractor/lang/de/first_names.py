"""Given names common in German-speaking countries, in small letters.

Chat-style minutes with only a head count write who does what in small letters ("tarik +
noah kaufen im januar ein"); no list tells that these are people. A clause that opens with one
of these names and a verb names its doer. Names that are also everyday words in minutes
("mai", "max", "jan", "mark", "rosa", "will", "hope", "kai", "see") are left out on purpose.
"""
from __future__ import annotations

_NAMES = """
aaron adam adrian ahmed aileen alaa albert alessia alex alexa alexander alexandra ali alicia alina aline alisa
alma amelie amir amira ana andré andrea andreas angela angelika anja anke anna annabell anne annika anton antonia
arda arne arthur aylin ayşe aysel barbara bastian beate ben benedikt benjamin bennet bernd berit bettina bianca
birgit björn bruno burak carina carla carlotta carmen carolin caroline celina charlotte chiara christian
christina christine christoph clara claudia constantin cornelia dana daniel daniela david deniz dennis derya
detlef dieter dirk dominik doris dorothea ebru edith efe egon elena eleni elias elif elisa elisabeth ella ellen
emil emilia emily emine emir emma emre enrico erik erika esra eva ewa fabian fatima fatma felix finja finn
finnja florian frank franziska frederik frieda friederike fritz gabriele georg gerda gerhard gisela greta gregor
gudrun günter hakan hamza hanna hannah hannes hans harald heike heiko heinz helena helga helmut hendrik henning
henri henrik henry herbert hilde holger ibrahim ida ilka ilse ines inga inge ingo ingrid irina iris isabel
isabella jakob jana janina janne janosch jasmin jennifer jens jeremy jessica joachim jochen johanna johannes
jonas jonathan jörg josef josefine joshua judith julia julian juliane julius justus kai-uwe karin karla karl
katharina kathrin katja katrin kemal kerstin kevin kilian kim klara klaus konrad konstantin kristina lara lars
laura lea lena lennard lennart leon leonard leonie levi lilli lilly lina linda linus lisa lotta lotte louis luca
lucas lucia ludwig luis luisa lukas luna lutz lydia magdalena maik maja malte manfred manuel manuela mara
marcel marco marcus maren margarete maria marie marina mario marion marius markus marlene martha martin martina
mateo mathilda matthias maximilian mehmet melanie melina melissa merle merve mia michael michaela mila milan
miriam mirko mohammed monika moritz murat nadine nadja natalie nele nico nicole niklas nils nina noah noel nora
norbert ole olaf oliver olivia oskar pascal patrick paul paula pauline peter petra philipp pia rainer ralf
ramona rebecca regina reinhard renate rene robert robin roland ronja rüdiger ruth sabine sabrina samira samuel
sandra sara sarah sascha sebastian selin selina sevgi silke simon simone sina sofia sofie sophia sophie stefan
stefanie steffen stella stephan susanne svea sven svenja sybille tamara tanja tarik thea theo theresa thomas
thorsten tilman tim timo tobias tom torsten ulrich ulrike ursula ute uwe valentin valentina vanessa vera
verena viktor viktoria volker walter werner wiebke wilhelm wolfgang yannick yasemin yasin yusuf zeynep
"""

# how friends shorten them ("Tobi + Lea, bis Sonntag"); not "Jo" or "Uli"-like words that are also everyday words
_SHORT_FORMS = """
andi basti benni caro chris conny ferdi flo fritzi gabi hansi jojo kathi konni lisi matze micha mika moni olli
rudi steffi susi tobi toni vroni willi
"""

_MORE_NAMES = """
fenja jens jörg jürgen kai-uwe lioba marek mareike pavel piotr rieke silvia tjark wiebke
yvonne gerlinde heidi hannelore gertrud irmgard brigitte elke rosemarie ingeborg marianne bärbel sigrid jutta dagmar
elmar günther gerd horst siegfried lothar ewald erwin hartmut ulf falk kurt otto henrike annegret tarek mats piet
gerold birte elfriede
"""

FIRST_NAMES: frozenset[str] = frozenset(_NAMES.split() + _SHORT_FORMS.split() + _MORE_NAMES.split())
