// HearsayTerminal
