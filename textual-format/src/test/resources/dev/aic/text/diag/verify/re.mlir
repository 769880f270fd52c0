// expected-error-re {{{{(a}}}}
// -----
// expected-error-re {{{{a)}}}}
// -----
// expected-error-re {{{{[a}}}}
// -----
// expected-error-re {{{{*a}}}}
// -----
// expected-error-re {{{{a**}}}}
// -----
// expected-error-re {{{{[[:foo:]]}}}}
// -----
// expected-error-re {{{{a\}}}}
// -----
// expected-error-re {{{{()}}}}
// -----
// expected-error-re {{{{a|}}}}
// -----
// expected-error-re {{{{|a}}}}
// -----
// expected-error-re {{{{[b-a]}}}}
// -----
// expected-error-re {{{{a{1}}}}
// -----
// expected-error-re {{{{a{2,1}}}}}
// -----
// expected-error-re {{{{a{}}}}
// -----
// expected-error-re {{{{{1}}}}}
// -----
// expected-error-re {{{{a{x}}}}}
// -----
// expected-error-re {{{{\d}}}}
// -----
// expected-error-re {{{{[\]]}}}}
// -----
// expected-error-re {{{{a+?}}}}
// -----
// expected-error-re {{{{^*}}}}
// -----
// expected-error-re {{{{x{1,300}}}}}
// -----
