# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'facilitator_window.ui'
##
## Created by: Qt User Interface Compiler
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_FacilitatorWindow(object):
    def setupUi(self, FacilitatorWindow):
        if not FacilitatorWindow.objectName():
            FacilitatorWindow.setObjectName(u"FacilitatorWindow")
        FacilitatorWindow.resize(460, 720)
        self.mainLayout = QVBoxLayout(FacilitatorWindow)
        self.mainLayout.setObjectName(u"mainLayout")
        self.privacyLabel = QLabel(FacilitatorWindow)
        self.privacyLabel.setObjectName(u"privacyLabel")
        self.privacyLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.privacyLabel)

        self.stepLabel = QLabel(FacilitatorWindow)
        self.stepLabel.setObjectName(u"stepLabel")
        self.stepLabel.setText(u"")
        self.stepLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.stepLabel)

        self.timerGroup = QGroupBox(FacilitatorWindow)
        self.timerGroup.setObjectName(u"timerGroup")
        self.timerLayout = QHBoxLayout(self.timerGroup)
        self.timerLayout.setObjectName(u"timerLayout")
        self.timerLabel = QLabel(self.timerGroup)
        self.timerLabel.setObjectName(u"timerLabel")
        self.timerLabel.setText(u"0:00 / 0:00")

        self.timerLayout.addWidget(self.timerLabel)

        self.timerSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.timerLayout.addItem(self.timerSpacer)

        self.startButton = QPushButton(self.timerGroup)
        self.startButton.setObjectName(u"startButton")

        self.timerLayout.addWidget(self.startButton)

        self.resetButton = QPushButton(self.timerGroup)
        self.resetButton.setObjectName(u"resetButton")

        self.timerLayout.addWidget(self.resetButton)


        self.mainLayout.addWidget(self.timerGroup)

        self.noteGroup = QGroupBox(FacilitatorWindow)
        self.noteGroup.setObjectName(u"noteGroup")
        self.noteLayout = QVBoxLayout(self.noteGroup)
        self.noteLayout.setObjectName(u"noteLayout")
        self.questionLabel = QLabel(self.noteGroup)
        self.questionLabel.setObjectName(u"questionLabel")
        self.questionLabel.setText(u"")
        self.questionLabel.setWordWrap(True)

        self.noteLayout.addWidget(self.questionLabel)

        self.noteEdit = QPlainTextEdit(self.noteGroup)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)

        self.noteLayout.addWidget(self.noteEdit)

        self.noteStateLabel = QLabel(self.noteGroup)
        self.noteStateLabel.setObjectName(u"noteStateLabel")
        self.noteStateLabel.setText(u"")

        self.noteLayout.addWidget(self.noteStateLabel)


        self.mainLayout.addWidget(self.noteGroup)

        self.parkingGroup = QGroupBox(FacilitatorWindow)
        self.parkingGroup.setObjectName(u"parkingGroup")
        self.parkingLayout = QVBoxLayout(self.parkingGroup)
        self.parkingLayout.setObjectName(u"parkingLayout")
        self.parkingList = QListWidget(self.parkingGroup)
        self.parkingList.setObjectName(u"parkingList")

        self.parkingLayout.addWidget(self.parkingList)

        self.parkingAddLayout = QHBoxLayout()
        self.parkingAddLayout.setObjectName(u"parkingAddLayout")
        self.parkingEdit = QLineEdit(self.parkingGroup)
        self.parkingEdit.setObjectName(u"parkingEdit")

        self.parkingAddLayout.addWidget(self.parkingEdit)

        self.addParkingButton = QPushButton(self.parkingGroup)
        self.addParkingButton.setObjectName(u"addParkingButton")

        self.parkingAddLayout.addWidget(self.addParkingButton)

        self.removeParkingButton = QPushButton(self.parkingGroup)
        self.removeParkingButton.setObjectName(u"removeParkingButton")

        self.parkingAddLayout.addWidget(self.removeParkingButton)


        self.parkingLayout.addLayout(self.parkingAddLayout)


        self.mainLayout.addWidget(self.parkingGroup)

#if QT_CONFIG(shortcut)
        self.questionLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.noteEdit, self.parkingList)
        QWidget.setTabOrder(self.parkingList, self.parkingEdit)
        QWidget.setTabOrder(self.parkingEdit, self.addParkingButton)
        QWidget.setTabOrder(self.addParkingButton, self.removeParkingButton)
        QWidget.setTabOrder(self.removeParkingButton, self.startButton)
        QWidget.setTabOrder(self.startButton, self.resetButton)

        self.retranslateUi(FacilitatorWindow)

        QMetaObject.connectSlotsByName(FacilitatorWindow)
    # setupUi

    def retranslateUi(self, FacilitatorWindow):
        FacilitatorWindow.setWindowTitle(QCoreApplication.translate("FacilitatorWindow", u"Facilitator \u2013 alleen voor u", None))
        self.privacyLabel.setText(QCoreApplication.translate("FacilitatorWindow", u"Alleen voor u: deel dit venster niet. Niets hiervan komt op het gedeelde scherm of in de PDF.", None))
        self.timerGroup.setTitle(QCoreApplication.translate("FacilitatorWindow", u"Tijd voor deze stap", None))
#if QT_CONFIG(accessibility)
        self.timerLabel.setAccessibleName(QCoreApplication.translate("FacilitatorWindow", u"Verstreken tijd en tijdsbudget", None))
#endif // QT_CONFIG(accessibility)
        self.startButton.setText(QCoreApplication.translate("FacilitatorWindow", u"&Start", None))
        self.resetButton.setText(QCoreApplication.translate("FacilitatorWindow", u"&Opnieuw", None))
        self.noteGroup.setTitle(QCoreApplication.translate("FacilitatorWindow", u"Mijn notitie bij deze vraag", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("FacilitatorWindow", u"Priv\u00e9notitie bij de huidige vraag", None))
#endif // QT_CONFIG(accessibility)
        self.parkingGroup.setTitle(QCoreApplication.translate("FacilitatorWindow", u"Parkeerplaats", None))
#if QT_CONFIG(accessibility)
        self.parkingList.setAccessibleName(QCoreApplication.translate("FacilitatorWindow", u"Parkeerplaats: punten om op terug te komen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.parkingEdit.setAccessibleName(QCoreApplication.translate("FacilitatorWindow", u"Nieuw punt voor de parkeerplaats", None))
#endif // QT_CONFIG(accessibility)
        self.parkingEdit.setPlaceholderText(QCoreApplication.translate("FacilitatorWindow", u"Punt om op terug te komen", None))
        self.addParkingButton.setText(QCoreApplication.translate("FacilitatorWindow", u"&Toevoegen", None))
        self.removeParkingButton.setText(QCoreApplication.translate("FacilitatorWindow", u"&Verwijderen", None))
    # retranslateUi

