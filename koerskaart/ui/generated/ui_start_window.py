# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'start_window.ui'
##
## Created by: Qt User Interface Compiler
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget

class Ui_StartWindow(object):
    def setupUi(self, StartWindow):
        if not StartWindow.objectName():
            StartWindow.setObjectName(u"StartWindow")
        StartWindow.resize(1000, 600)
        self.mainLayout = QVBoxLayout(StartWindow)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(StartWindow)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.municipalityLabel = QLabel(StartWindow)
        self.municipalityLabel.setObjectName(u"municipalityLabel")
        self.municipalityLabel.setText(u"")

        self.headerLayout.addWidget(self.municipalityLabel)

        self.logoLabel = QLabel(StartWindow)
        self.logoLabel.setObjectName(u"logoLabel")
        self.logoLabel.setText(u"")

        self.headerLayout.addWidget(self.logoLabel)


        self.mainLayout.addLayout(self.headerLayout)

        self.searchLayout = QHBoxLayout()
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchLabel = QLabel(StartWindow)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(StartWindow)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchLayout.addWidget(self.searchEdit)

        self.countLabel = QLabel(StartWindow)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.searchLayout.addWidget(self.countLabel)


        self.mainLayout.addLayout(self.searchLayout)

        self.tableView = QTableView(StartWindow)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setSortingEnabled(True)
        self.tableView.setWordWrap(False)
        self.tableView.horizontalHeader().setStretchLastSection(True)
        self.tableView.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.tableView)

        self.emptyFilterLabel = QLabel(StartWindow)
        self.emptyFilterLabel.setObjectName(u"emptyFilterLabel")

        self.mainLayout.addWidget(self.emptyFilterLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.newButton = QPushButton(StartWindow)
        self.newButton.setObjectName(u"newButton")

        self.buttonLayout.addWidget(self.newButton)

        self.openButton = QPushButton(StartWindow)
        self.openButton.setObjectName(u"openButton")

        self.buttonLayout.addWidget(self.openButton)

        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.removeButton = QPushButton(StartWindow)
        self.removeButton.setObjectName(u"removeButton")

        self.buttonLayout.addWidget(self.removeButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.tableView)
        QWidget.setTabOrder(self.tableView, self.openButton)
        QWidget.setTabOrder(self.openButton, self.newButton)
        QWidget.setTabOrder(self.newButton, self.removeButton)

        self.retranslateUi(StartWindow)

        self.openButton.setDefault(True)


        QMetaObject.connectSlotsByName(StartWindow)
    # setupUi

    def retranslateUi(self, StartWindow):
        self.titleLabel.setText(QCoreApplication.translate("StartWindow", u"Opgaven", None))
        self.searchLabel.setText(QCoreApplication.translate("StartWindow", u"&Zoeken:", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("StartWindow", u"Zoeken in opgaven", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("StartWindow", u"Titel of opdrachtnemer", None))
#if QT_CONFIG(accessibility)
        self.tableView.setAccessibleName(QCoreApplication.translate("StartWindow", u"Lijst van opgaven", None))
#endif // QT_CONFIG(accessibility)
        self.emptyFilterLabel.setText(QCoreApplication.translate("StartWindow", u"Geen opgave gevonden die bij uw zoekwoord past.", None))
        self.newButton.setText(QCoreApplication.translate("StartWindow", u"&Nieuw gesprek\u2026", None))
        self.openButton.setText(QCoreApplication.translate("StartWindow", u"&Openen", None))
        self.removeButton.setText(QCoreApplication.translate("StartWindow", u"&Verwijderen\u2026", None))
        pass
    # retranslateUi

