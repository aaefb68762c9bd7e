// HearsayLayout
