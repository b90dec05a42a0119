// supportedLocalesOf of every Intl constructor: English tags only kept (nodule has no other
// locale data; so only English tags are asked here), and option errors naming the constructor.
for (const C of ['Segmenter', 'DisplayNames', 'Collator', 'NumberFormat', 'Locale']) {
  try { console.log(C, Intl[C].supportedLocalesOf ? Intl[C].supportedLocalesOf(['en-US', 'EN-gb'], { localeMatcher: 'x' }) : '-'); } catch (e) { console.log(C, e.name, e.message); }
  if (Intl[C].supportedLocalesOf) console.log(Intl[C].supportedLocalesOf.name, Intl[C].supportedLocalesOf.length);
}
for (const C of ['Segmenter', 'DisplayNames', 'Collator', 'NumberFormat', 'DateTimeFormat', 'PluralRules', 'ListFormat', 'RelativeTimeFormat']) console.log(C, Intl[C].supportedLocalesOf(['en-US', 'EN-gb', 'en']));
