"""German function words for telling a German protocol from one in another language.

Only words that are rare outside German: "in", "an", "am", "so", "was", "will",
"also", "man", "war" and "die" are left out, because they are common English
(or Dutch) words too and would make an English text look German.
"""
from __future__ import annotations

STOPWORDS: frozenset[str] = frozenset("""
aber alle allem allen aller alles als andere anderen anderer anderes auch auf aus bei beim
bereits bis bisher bitte bzw da dabei dadurch dafür dagegen daher damit danach dann daran
darauf darüber darum das dass davon dazu dem den denen denn der deren derzeit des dessen
dich dies diese diesem diesen dieser dieses doch dort durch eben ebenfalls ein eine einem
einen einer eines einige einigen einmal er es etwa etwas euch euer für gegen gemäß genau
gibt hatte hatten hier hierzu ich ihm ihn ihnen ihr ihre ihrem ihren ihrer ist jede jedem
jeden jeder jedes jedoch jetzt kann kein keine keinen können könnte mehr mit muss müssen
nach nachdem neben nein nicht nichts noch nun nur ob oder ohne sehr seid sein seine seinem
seinen seiner seit sich sie sind sollen sollte soll sowie über um und uns unser unsere
unter vom von vor während wann weil welche welcher wenn werden wer wie wieder wir wird
wurde wurden zu zum zur zwar zwischen ggf bzgl usw außerdem gegenüber wegen trotz
""".split())
