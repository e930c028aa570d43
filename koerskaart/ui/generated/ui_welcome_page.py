# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'welcome_page.ui'
##
## Created by: Qt User Interface Compiler
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_WelcomePage(object):
    def setupUi(self, WelcomePage):
        if not WelcomePage.objectName():
            WelcomePage.setObjectName(u"WelcomePage")
        WelcomePage.resize(800, 500)
        self.outerLayout = QVBoxLayout(WelcomePage)
        self.outerLayout.setObjectName(u"outerLayout")
        self.topSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.topSpacer)

        self.centerLayout = QHBoxLayout()
        self.centerLayout.setObjectName(u"centerLayout")
        self.leftSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centerLayout.addItem(self.leftSpacer)

        self.contentLayout = QVBoxLayout()
        self.contentLayout.setSpacing(16)
        self.contentLayout.setObjectName(u"contentLayout")
        self.welcomeTitle = QLabel(WelcomePage)
        self.welcomeTitle.setObjectName(u"welcomeTitle")

        self.contentLayout.addWidget(self.welcomeTitle)

        self.hintLabel = QLabel(WelcomePage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setMaximumSize(QSize(640, 16777215))
        self.hintLabel.setWordWrap(True)

        self.contentLayout.addWidget(self.hintLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setSpacing(12)
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.newButton = QPushButton(WelcomePage)
        self.newButton.setObjectName(u"newButton")

        self.buttonLayout.addWidget(self.newButton)

        self.demoButton = QPushButton(WelcomePage)
        self.demoButton.setObjectName(u"demoButton")

        self.buttonLayout.addWidget(self.demoButton)

        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)


        self.contentLayout.addLayout(self.buttonLayout)


        self.centerLayout.addLayout(self.contentLayout)

        self.rightSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centerLayout.addItem(self.rightSpacer)


        self.outerLayout.addLayout(self.centerLayout)

        self.bottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)

        QWidget.setTabOrder(self.newButton, self.demoButton)

        self.retranslateUi(WelcomePage)

        self.newButton.setDefault(True)


        QMetaObject.connectSlotsByName(WelcomePage)
    # setupUi

    def retranslateUi(self, WelcomePage):
        self.welcomeTitle.setText(QCoreApplication.translate("WelcomePage", u"Welkom bij Koerskaart", None))
        self.hintLabel.setText(QCoreApplication.translate("WelcomePage", u"Er staan nog geen opgaven in dit bestand. Begin een nieuw contracteringsgesprek, of laad eerst de demo: een fictieve gemeente met negentien opgaven, om rustig rond te kijken.", None))
        self.newButton.setText(QCoreApplication.translate("WelcomePage", u"&Nieuw gesprek\u2026", None))
        self.demoButton.setText(QCoreApplication.translate("WelcomePage", u"De&mo laden", None))
        pass
    # retranslateUi

