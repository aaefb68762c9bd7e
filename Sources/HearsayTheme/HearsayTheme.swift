// HearsayTheme
