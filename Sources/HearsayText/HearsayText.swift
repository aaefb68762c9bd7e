// HearsayText
