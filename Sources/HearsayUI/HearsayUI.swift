// HearsayUI
