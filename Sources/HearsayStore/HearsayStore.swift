// HearsayStore
