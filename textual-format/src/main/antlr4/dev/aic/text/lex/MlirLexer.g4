// The tokens of MLIR 22's textual format. The parser is recursive descent over these tokens
// (each op owns its custom syntax), so this is a lexer grammar only.
lexer grammar MlirLexer;

// ---- punctuation ----------------------------------------------------------------------------
FILE_METADATA_BEGIN : '{-#' ;
FILE_METADATA_END   : '#-}' ;
ARROW       : '->' ;
ELLIPSIS    : '...' ;
COLON_COLON : '::' ;
COLON       : ':' ;
COMMA       : ',' ;
EQUAL       : '=' ;
LESS        : '<' ;
GREATER     : '>' ;
LBRACE      : '{' ;
RBRACE      : '}' ;
LPAREN      : '(' ;
RPAREN      : ')' ;
LSQUARE     : '[' ;
RSQUARE     : ']' ;
MINUS       : '-' ;
PLUS        : '+' ;
QUESTION    : '?' ;
STAR        : '*' ;
VERTICAL_BAR: '|' ;

// ---- literals -------------------------------------------------------------------------------
FLOAT   : DIGIT+ '.' DIGIT* ([eE] [-+]? DIGIT+)? ;
INTEGER : '0x' HEX_DIGIT+ | DIGIT+ ;
STRING  : '"' (~["\\\n\r] | '\\' ~[\n\r])* '"' ;
// A string that reaches the end of its line: reported by the parser, not by ANTLR.
UNTERMINATED_STRING : '"' (~["\\\n\r] | '\\' ~[\n\r])* ;

// ---- identifiers ----------------------------------------------------------------------------
BARE_ID        : (LETTER | '_') (LETTER | DIGIT | [_$.])* ;
AT_ID          : '@' ((LETTER | '_') (LETTER | DIGIT | [_$.])* | STRING) ;
PERCENT_ID     : '%' SUFFIX_ID ;
CARET_ID       : '^' SUFFIX_ID ;
HASH_ID        : '#' SUFFIX_ID ;
EXCLAMATION_ID : '!' SUFFIX_ID ;

// ---- skipped by the token cursor (a lexer action per token would cost more than the test) ----
LINE_COMMENT : '//' ~[\n\r]* ;
WHITESPACE   : [ \t\r\n]+ ;

// Anything else is one bad character, reported by the parser with a location; ANTLR itself
// never reports an error.
BAD_CHARACTER : . ;

fragment SUFFIX_ID : DIGIT+ | (LETTER | ID_PUNCT) (LETTER | ID_PUNCT | DIGIT)* ;
fragment ID_PUNCT  : [$._-] ;
fragment LETTER    : [a-zA-Z] ;
fragment DIGIT     : [0-9] ;
fragment HEX_DIGIT : [0-9a-fA-F] ;
